import { Directive, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { MoneyScalar, MutationInput, MutationPayload } from '@imis/graphql';
import { EffectivePriceRefusal, PriceOrigin } from './price-list.enums';

/**
 * The location service's HealthFacility, extended by this subgraph with the price lists it charges by
 * (the gateway asks `_entities` here for these fields).
 */
@ObjectType('HealthFacility')
@Directive('@key(fields: "id")')
export class HealthFacilityPriceListsModel {
  @Field(() => ID)
  id!: string;
}

@ObjectType('FacilityPriceLists', { description: 'The price lists a health facility charges by (at most one of each kind).' })
export class FacilityPriceListsModel {
  @Field(() => ID)
  healthFacilityId!: string;

  @Field(() => ID, { nullable: true })
  itemsPriceListId!: string | null;

  @Field(() => ID, { nullable: true })
  servicesPriceListId!: string | null;

  @Field(() => Int, { description: 'Version of the assignment of this facility' })
  version!: number;
}

@ObjectType('FacilityPriceListsPayload', { description: 'Result of assignPriceLists: the assignment, or why it was refused.' })
export class FacilityPriceListsPayload extends MutationPayload(FacilityPriceListsModel, 'facilityPriceLists') {}

@InputType({ description: 'A list id left out keeps the facility\'s list of that kind; null removes it.' })
export class AssignPriceListsInput extends MutationInput {
  @Field(() => ID)
  healthFacilityId!: string;

  @Field(() => ID, { nullable: true, description: 'A current items price list whose location contains the facility' })
  itemsPriceListId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A current services price list whose location contains the facility' })
  servicesPriceListId?: string | null;
}

@ObjectType('EffectivePrice', { description: 'The price of an item or service at a facility on a date, or why there is none.' })
export class EffectivePriceModel {
  @Field(() => MoneyScalar, { nullable: true, description: 'Null when refused' })
  price!: string | null;

  @Field(() => PriceOrigin, { nullable: true })
  origin!: PriceOrigin | null;

  @Field(() => ID, { nullable: true, description: 'The facility list the price was read from' })
  priceListId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The item priced, also when it is not in the price list' })
  itemId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The service priced, also when it is not in the price list' })
  serviceId!: string | null;

  @Field(() => EffectivePriceRefusal, { nullable: true, description: 'Set when there is no price' })
  refusal!: EffectivePriceRefusal | null;
}
