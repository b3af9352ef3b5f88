import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { type Edge, PageInfo } from '@imis/graphql';
import type { RowError } from '@imis/tabular-files';

export interface RowErrorTypeOptions {
  /** What the service calls its job in descriptions. */
  job: 'import' | 'upload';
  /** Description of `column`: which columns a refusal names. */
  column: string;
  /** Examples of `code`, e.g. "IMPORT_DATE_FORMAT, INSURANCE_NUMBER_CHECK_DIGIT". */
  codeExamples: string;
}

export interface RowErrorConnectionShape {
  edges: Edge<RowError>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * A job's refusals as a GraphQL connection base, with its node `<name>` and edge `<name>Edge` types:
 * `@ObjectType('InsureeImportErrorConnection', { description }) class InsureeImportErrorConnection extends RowErrorConnection('InsureeImportError', options) {}`.
 */
export function RowErrorConnection(name: string, options: RowErrorTypeOptions): Type<RowErrorConnectionShape> {
  @ObjectType(name, { description: `One refusal of an ${options.job}: where in the file and why.` })
  class RowErrorModel implements RowError {
    @Field(() => Int, { description: 'Data row of the file (1 = the first row under the header); 0 = the file as a whole' })
    row!: number;

    @Field(() => String, { nullable: true, description: options.column })
    column!: string | null;

    @Field({ description: `Stable code, e.g. ${options.codeExamples}` })
    code!: string;

    @Field()
    message!: string;
  }

  @ObjectType(`${name}Edge`)
  class RowErrorEdge implements Edge<RowError> {
    @Field()
    cursor!: string;

    @Field(() => RowErrorModel)
    node!: RowErrorModel;
  }

  @ObjectType({ isAbstract: true })
  abstract class RowErrorConnectionType implements RowErrorConnectionShape {
    @Field(() => [RowErrorEdge])
    edges!: RowErrorEdge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `Every error of the ${options.job}, all pages together` })
    totalCount!: number;
  }
  return RowErrorConnectionType as Type<RowErrorConnectionShape>;
}
