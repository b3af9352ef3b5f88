import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, MoneyScalar } from '@imis/graphql';

@ObjectType('PriceListEntry', { description: 'The item or service a detail row prices, as the register holds it now.' })
export class PriceListEntryModel {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => MoneyScalar, { description: 'Register price' })
  price!: string;

  @Field({ description: 'Deleted from the register since the row was written' })
  deleted!: boolean;
}

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

  @Field(() => PriceListEntryModel, { nullable: true, description: 'The medical item (items list)' })
  item!: PriceListEntryModel | null;

  @Field(() => PriceListEntryModel, { nullable: true, description: 'The medical service (services list)' })
  service!: PriceListEntryModel | null;
}

@ObjectType('PriceListDetailConnection')
export class PriceListDetailConnection extends Connection(PriceListDetailModel, 'PriceListDetail') {}
