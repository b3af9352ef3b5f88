import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar, MoneyScalar, MutationInput } from '@imis/graphql';
import { CareType } from './catalogue.enums';

/** What creating an item and a service share (the GraphQL types make the required ones non-null). */
@InputType({ isAbstract: true })
export abstract class CreateCatalogueEntryInput extends MutationInput {
  @Field({ description: 'At most 6 characters, unique among current items (services)' })
  code!: string;

  @Field({ description: 'At most 100 characters' })
  name!: string;

  @Field(() => MoneyScalar, { description: '≥ 0' })
  price!: string;

  @Field(() => CareType)
  careType!: CareType;

  @Field(() => Int, { nullable: true, description: 'Days, 0 (no limit, the default) to 32767' })
  frequency?: number | null;

  @Field(() => Int, { nullable: true, description: 'Mask 0 (no restriction, the default) to 15: male 1, female 2, adult 4, minor 8' })
  patientCategory?: number | null;

  @Field(() => Float, { nullable: true, description: '≥ 0, at most 2 fraction digits' })
  maximumQuantity?: number | null;

  @Field(() => LocalDateScalar, { nullable: true })
  effectiveFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Not before effectiveFrom' })
  effectiveTo?: string | null;
}

/** What updating an item and a service share: only the fields sent change; null clears an optional one. */
@InputType({ isAbstract: true })
export abstract class UpdateCatalogueEntryInput extends MutationInput {
  @Field(() => Int, { nullable: true, description: 'The version read: refused with VERSION_CONFLICT when another is current' })
  version?: number | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  price?: string | null;

  @Field(() => CareType, { nullable: true })
  careType?: CareType | null;

  @Field(() => Int, { nullable: true })
  frequency?: number | null;

  @Field(() => Int, { nullable: true })
  patientCategory?: number | null;

  @Field(() => Float, { nullable: true })
  maximumQuantity?: number | null;

  @Field(() => LocalDateScalar, { nullable: true })
  effectiveFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  effectiveTo?: string | null;
}

@InputType({ isAbstract: true })
export abstract class DeleteCatalogueEntryInput extends MutationInput {
  @Field(() => Int, { nullable: true, description: 'The version read: refused with VERSION_CONFLICT when another is current' })
  version?: number | null;
}
