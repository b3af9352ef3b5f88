import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@imis/graphql';
import { PriceListKind } from './price-list.enums';

/** Fields shared by a price list and each of its past versions. */
@ObjectType({ isAbstract: true })
export abstract class PriceListFieldsModel {
  @Field(() => PriceListKind)
  kind!: PriceListKind;

  @Field()
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The region or district it applies in; null = national' })
  locationId!: string | null;

  @Field(() => LocalDateScalar, { description: 'The first day it applies' })
  date!: string;

  @Field(() => Int, { description: 'Version number, incremented by each change' })
  version!: number;

  @Field({ description: 'When this version became current' })
  validFrom!: Date;

  @Field({ description: 'Who made this version' })
  changedBy!: string;
}

@ObjectType('PriceList', { description: "An items or services price list: a facility's prices, by detail row (override or register price)." })
export class PriceListModel extends PriceListFieldsModel {
  @Field(() => ID)
  id!: string;
}
