import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MoneyScalar, VersionOf } from '@imis/graphql';
import { PriceListFieldsModel } from './price-list.model';

@ObjectType('PriceListVersionDetail', { description: 'A row of a past version of a price list.' })
export class PriceListVersionDetailModel {
  @Field(() => ID, { nullable: true })
  itemId!: string | null;

  @Field(() => ID, { nullable: true })
  serviceId!: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'The override; null = the register price' })
  price!: string | null;
}

@ObjectType('PriceListVersion', { description: 'A past version of a price list, with the rows it had, as it was until `validTo`.' })
export class PriceListVersionModel extends VersionOf(PriceListFieldsModel, {
  fieldDescriptions: { validTo: 'When this version stopped being current', replacedBy: 'Who replaced this version' },
}) {
  @Field(() => [PriceListVersionDetailModel])
  details!: PriceListVersionDetailModel[];
}
