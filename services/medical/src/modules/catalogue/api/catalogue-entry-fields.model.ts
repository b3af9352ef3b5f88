import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar, MoneyScalar } from '@imis/graphql';
import { CareType } from './catalogue.enums';

/** What items and services (and their past versions) share. */
@ObjectType({ isAbstract: true })
export abstract class CatalogueEntryFieldsModel {
  @Field({ description: 'Unique among current items (services); at most 6 characters' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => MoneyScalar, { description: 'Register price, used when a price list gives no override' })
  price!: string;

  @Field(() => CareType)
  careType!: CareType;

  @Field(() => Int, { description: 'Days between two provisions to one insuree; 0 = no limit' })
  frequency!: number;

  @Field(() => Int, { description: 'Mask: male 1, female 2, adult 4, minor 8; 0 = no restriction' })
  patientCategory!: number;

  @Field(() => Float, { nullable: true, description: 'Maximum quantity on one claim line; null = none' })
  maximumQuantity!: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'First day it may be claimed; null = since ever' })
  effectiveFrom!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day it may be claimed; null = open-ended' })
  effectiveTo!: string | null;

  @Field(() => Int, { description: 'Version number, incremented by each change' })
  version!: number;

  @Field({ description: 'When this version became current' })
  validFrom!: Date;

  @Field({ description: 'Who made this version' })
  changedBy!: string;
}
