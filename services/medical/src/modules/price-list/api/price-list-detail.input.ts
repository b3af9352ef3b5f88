import { Field, ID, InputType } from '@nestjs/graphql';
import { MoneyScalar } from '@imis/graphql';

@InputType({ description: 'A row of an items price list' })
export class ItemsPriceListDetailInput {
  @Field(() => ID, { description: 'A current medical item, once per list' })
  itemId!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'Price override, zero or more; null or absent = the register price' })
  price?: string | null;
}

@InputType({ description: 'A row of a services price list' })
export class ServicesPriceListDetailInput {
  @Field(() => ID, { description: 'A current medical service, once per list' })
  serviceId!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'Price override, zero or more; null or absent = the register price' })
  price?: string | null;
}

export function itemRows(details: ItemsPriceListDetailInput[] | null | undefined) {
  return details === undefined ? undefined : (details ?? []).map((detail) => ({ entryId: detail.itemId, price: detail.price ?? null }));
}

export function serviceRows(details: ServicesPriceListDetailInput[] | null | undefined) {
  return details === undefined ? undefined : (details ?? []).map((detail) => ({ entryId: detail.serviceId, price: detail.price ?? null }));
}
