import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar, MutationInput } from '@imis/graphql';
import { ItemsPriceListDetailInput, ServicesPriceListDetailInput } from './price-list-detail.input';

@InputType({ isAbstract: true })
abstract class NewPriceListInput extends MutationInput {
  @Field({ description: 'At most 100 characters' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'A current region or district in your scope; absent or null = national (unrestricted scope only)' })
  locationId?: string | null;

  @Field(() => LocalDateScalar, { description: 'The first day the list applies' })
  date!: string;
}

@InputType()
export class CreateItemsPriceListInput extends NewPriceListInput {
  @Field(() => [ItemsPriceListDetailInput], { nullable: true, description: 'At most 7,000 rows' })
  details?: ItemsPriceListDetailInput[] | null;
}

@InputType()
export class CreateServicesPriceListInput extends NewPriceListInput {
  @Field(() => [ServicesPriceListDetailInput], { nullable: true, description: 'At most 7,000 rows' })
  details?: ServicesPriceListDetailInput[] | null;
}

@InputType({ isAbstract: true })
abstract class ChangePriceListInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read: refused with VERSION_CONFLICT if the list changed since' })
  version?: number | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Null = national' })
  locationId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  date?: string | null;
}

@InputType({ description: 'Only the fields sent change; `details`, when sent, replace every row.' })
export class UpdateItemsPriceListInput extends ChangePriceListInput {
  @Field(() => [ItemsPriceListDetailInput], { nullable: true })
  details?: ItemsPriceListDetailInput[] | null;
}

@InputType({ description: 'Only the fields sent change; `details`, when sent, replace every row.' })
export class UpdateServicesPriceListInput extends ChangePriceListInput {
  @Field(() => [ServicesPriceListDetailInput], { nullable: true })
  details?: ServicesPriceListDetailInput[] | null;
}

@InputType({ description: "A copy of a list's rows under a new name; location and date are the source's unless sent" })
export class DuplicatePriceListInput extends MutationInput {
  @Field(() => ID, { description: 'The list to copy' })
  id!: string;

  @Field({ description: 'At most 100 characters' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Absent: the source location; null: national' })
  locationId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Absent: the source's date" })
  date?: string | null;
}

@InputType()
export class DeletePriceListInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read: refused with VERSION_CONFLICT if the list changed since' })
  version?: number | null;
}

@InputType({ description: 'Every given criterion must match; current lists only.' })
export class PriceListFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of the name, ignoring case' })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Lists located exactly there' })
  locationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: national lists only; false: located lists only' })
  national?: boolean | null;
}
