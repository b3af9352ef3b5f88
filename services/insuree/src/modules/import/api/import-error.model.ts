import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@imis/graphql';

@ObjectType('InsureeImportError', { description: 'One refusal of an import: where in the file and why.' })
export class InsureeImportErrorModel {
  @Field(() => Int, { description: 'Data row of the file (1 = the first row under the header); 0 = the file as a whole' })
  row!: number;

  @Field(() => String, { nullable: true, description: "The file's column header" })
  column!: string | null;

  @Field({ description: 'Stable code, e.g. IMPORT_DATE_FORMAT, INSURANCE_NUMBER_CHECK_DIGIT' })
  code!: string;

  @Field()
  message!: string;
}

@ObjectType('InsureeImportErrorEdge')
export class InsureeImportErrorEdge {
  @Field()
  cursor!: string;

  @Field(() => InsureeImportErrorModel)
  node!: InsureeImportErrorModel;
}

@ObjectType('InsureeImportErrorConnection', { description: "An import's refusals in row order" })
export class InsureeImportErrorConnection {
  @Field(() => [InsureeImportErrorEdge])
  edges!: InsureeImportErrorEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Every error of the import, all pages together' })
  totalCount!: number;
}
