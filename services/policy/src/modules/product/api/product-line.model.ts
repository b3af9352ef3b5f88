import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LineLimitsModel } from './product-parts.model';
import { ProductCeilingExclusion, ProductPriceOrigin } from './product.enums';

@ObjectType('ProductLine', { description: 'An item or service the product covers, with its price origin, limits and waiting periods.' })
export class ProductLineModel {
  @Field(() => ID, { nullable: true, description: 'Set on an item line' })
  itemId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Set on a service line' })
  serviceId!: string | null;

  @Field(() => ProductPriceOrigin)
  priceOrigin!: string;

  @Field(() => LineLimitsModel)
  limits!: LineLimitsModel;

  @Field(() => Int, { description: 'Months' })
  waitingPeriodAdult!: number;

  @Field(() => Int, { description: 'Months' })
  waitingPeriodChild!: number;

  @Field(() => Int, { description: '0 = unlimited' })
  limitCountAdult!: number;

  @Field(() => Int, { description: '0 = unlimited' })
  limitCountChild!: number;

  @Field(() => ProductCeilingExclusion, { nullable: true })
  ceilingExclusionAdult!: string | null;

  @Field(() => ProductCeilingExclusion, { nullable: true })
  ceilingExclusionChild!: string | null;
}
