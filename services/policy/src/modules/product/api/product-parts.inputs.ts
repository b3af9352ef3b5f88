import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { MoneyScalar } from '@imis/graphql';
import { ProductCeilingExclusion, ProductLimitationType, ProductPriceOrigin, RelativePriceCareType, RelativePricePeriod } from './product.enums';

@InputType({ description: 'Absent or null amounts are none; each amount zero or more' })
export class ProductSplitAmountInput {
  @Field(() => MoneyScalar, { nullable: true })
  general?: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  inPatient?: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  outPatient?: string | null;
}

@InputType({ description: 'Absent or null = unlimited' })
export class ProductCategoryLimitInput {
  @Field(() => Int, { nullable: true })
  maxCount?: number | null;

  @Field(() => MoneyScalar, { nullable: true })
  maxAmount?: string | null;
}

@InputType({ description: 'A category left out has no limit' })
export class ProductCategoryLimitsInput {
  @Field(() => ProductCategoryLimitInput, { nullable: true })
  consultation?: ProductCategoryLimitInput | null;

  @Field(() => ProductCategoryLimitInput, { nullable: true })
  surgery?: ProductCategoryLimitInput | null;

  @Field(() => ProductCategoryLimitInput, { nullable: true })
  delivery?: ProductCategoryLimitInput | null;

  @Field(() => ProductCategoryLimitInput, { nullable: true })
  hospitalization?: ProductCategoryLimitInput | null;

  @Field(() => ProductCategoryLimitInput, { nullable: true })
  visit?: ProductCategoryLimitInput | null;

  @Field(() => ProductCategoryLimitInput, { nullable: true })
  antenatal?: ProductCategoryLimitInput | null;
}

@InputType()
export class RelativePriceShareInput {
  @Field(() => RelativePriceCareType, { description: 'Needs the period type of its care type' })
  careType!: string;

  @Field(() => Int, { description: '1..12 (M), 1..4 (Q), 1 (Y), once per care type' })
  period!: number;

  @Field(() => Float, { description: '0..100, at most two decimals; at most 100 per care type in all' })
  percent!: number;
}

@InputType({ description: 'A care type with a period type needs a share for each of its periods' })
export class ProductRelativePricesInput {
  @Field(() => RelativePricePeriod, { nullable: true, description: 'Period type of care type B (both)' })
  period?: string | null;

  @Field(() => RelativePricePeriod, { nullable: true })
  periodInPatient?: string | null;

  @Field(() => RelativePricePeriod, { nullable: true })
  periodOutPatient?: string | null;

  @Field(() => [RelativePriceShareInput], { nullable: true })
  distribution?: RelativePriceShareInput[] | null;
}

@InputType()
export class ProductCapitationLevelInput {
  @Field({ description: 'Facility level D, C or H' })
  level!: string;

  @Field(() => String, { nullable: true, description: 'Sub-level I, N or R' })
  subLevel?: string | null;
}

@InputType({ description: 'Percentages 0..100; absent = 0' })
export class ProductShareWeightsInput {
  @Field(() => Int, { nullable: true })
  population?: number | null;

  @Field(() => Int, { nullable: true })
  families?: number | null;

  @Field(() => Int, { nullable: true })
  insuredPopulation?: number | null;

  @Field(() => Int, { nullable: true })
  insuredFamilies?: number | null;

  @Field(() => Int, { nullable: true })
  visits?: number | null;

  @Field(() => Int, { nullable: true })
  adjustedAmount?: number | null;
}

@InputType()
export class ProductCapitationInput {
  @Field(() => [ProductCapitationLevelInput], { description: 'At most 4, each once' })
  levels!: ProductCapitationLevelInput[];

  @Field(() => ProductShareWeightsInput, { nullable: true })
  shareWeights?: ProductShareWeightsInput | null;
}

@InputType({ description: 'At most 25 characters each' })
export class ProductAccountCodesInput {
  @Field(() => String, { nullable: true })
  contribution?: string | null;

  @Field(() => String, { nullable: true })
  remuneration?: string | null;
}

@InputType()
export class ProductLineLimitInput {
  @Field(() => ProductLimitationType)
  limitationType!: string;

  @Field(() => Float, { description: 'Zero or more, two decimals at most; a co-insurance (C) at most 100' })
  adult!: number;

  @Field(() => Float)
  child!: number;
}

@InputType()
export class ProductLineLimitsInput {
  @Field(() => ProductLineLimitInput)
  normal!: ProductLineLimitInput;

  @Field(() => ProductLineLimitInput)
  emergency!: ProductLineLimitInput;

  @Field(() => ProductLineLimitInput)
  referral!: ProductLineLimitInput;
}

@InputType({ description: 'A line names exactly one current item (in itemLines) or service (in serviceLines), once per product' })
export class ProductLineInput {
  @Field(() => ID, { nullable: true })
  itemId?: string | null;

  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => ProductPriceOrigin)
  priceOrigin!: string;

  @Field(() => ProductLineLimitsInput)
  limits!: ProductLineLimitsInput;

  @Field(() => Int, { nullable: true, description: 'Months; absent = 0' })
  waitingPeriodAdult?: number | null;

  @Field(() => Int, { nullable: true, description: 'Months; absent = 0' })
  waitingPeriodChild?: number | null;

  @Field(() => Int, { nullable: true, description: '0 or absent = unlimited' })
  limitCountAdult?: number | null;

  @Field(() => Int, { nullable: true, description: '0 or absent = unlimited' })
  limitCountChild?: number | null;

  @Field(() => ProductCeilingExclusion, { nullable: true })
  ceilingExclusionAdult?: string | null;

  @Field(() => ProductCeilingExclusion, { nullable: true })
  ceilingExclusionChild?: string | null;
}
