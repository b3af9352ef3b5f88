import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, MoneyScalar } from '@imis/graphql';

/** One row of a price list; its `item` or `service` (the catalogue's types) is resolved by PriceListDetailResolver. */
@ObjectType('PriceListDetail', { description: 'One row of a price list.' })
export class PriceListDetailModel {
  @Field(() => ID, { description: "The item's (service's) id" })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Set in an items list' })
  itemId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Set in a services list' })
  serviceId!: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'The price override; null = the register price' })
  price!: string | null;
}

@ObjectType('PriceListDetailConnection')
export class PriceListDetailConnection extends Connection(PriceListDetailModel, 'PriceListDetail') {}
