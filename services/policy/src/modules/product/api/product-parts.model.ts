import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '@imis/graphql';
import { ProductLimitationType, RelativePriceCareType, RelativePricePeriod } from './product.enums';

@ObjectType('ProductSplitAmount', { description: 'An amount with its general, in-patient and out-patient variants (a general amount overrides the split); null = none.' })
export class SplitAmountModel {
  @Field(() => MoneyScalar, { nullable: true })
  general!: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  inPatient!: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  outPatient!: string | null;
}

@ObjectType('ProductCategoryLimit', { description: 'Limits of one claim category: claims per coverage period and the most paid per claim; null = unlimited.' })
export class CategoryLimitModel {
  @Field(() => Int, { nullable: true })
  maxCount!: number | null;

  @Field(() => MoneyScalar, { nullable: true })
  maxAmount!: string | null;
}

@ObjectType('ProductCategoryLimits')
export class CategoryLimitsModel {
  @Field(() => CategoryLimitModel)
  consultation!: CategoryLimitModel;

  @Field(() => CategoryLimitModel)
  surgery!: CategoryLimitModel;

  @Field(() => CategoryLimitModel)
  delivery!: CategoryLimitModel;

  @Field(() => CategoryLimitModel)
  hospitalization!: CategoryLimitModel;

  @Field(() => CategoryLimitModel)
  visit!: CategoryLimitModel;

  @Field(() => CategoryLimitModel)
  antenatal!: CategoryLimitModel;
}

@ObjectType('RelativePriceShare', { description: 'The share of a period of the relative-price distribution for a care type.' })
export class DistributionModel {
  @Field(() => RelativePriceCareType)
  careType!: string;

  @Field(() => Int, { description: '1..12 (M), 1..4 (Q), 1 (Y)' })
  period!: number;

  @Field(() => Float)
  percent!: number;
}

@ObjectType('ProductRelativePrices')
export class RelativePricesModel {
  @Field(() => RelativePricePeriod, { nullable: true, description: 'Period type of care type B (both)' })
  period!: string | null;

  @Field(() => RelativePricePeriod, { nullable: true })
  periodInPatient!: string | null;

  @Field(() => RelativePricePeriod, { nullable: true })
  periodOutPatient!: string | null;

  @Field(() => [DistributionModel])
  distribution!: DistributionModel[];
}

@ObjectType('ProductCapitationLevel')
export class CapitationLevelModel {
  @Field({ description: 'Facility level D, C or H' })
  level!: string;

  @Field(() => String, { nullable: true, description: 'Sub-level I, N or R' })
  subLevel!: string | null;
}

@ObjectType('ProductShareWeights', { description: 'Capitation weights, percentages' })
export class ShareWeightsModel {
  @Field(() => Int)
  population!: number;

  @Field(() => Int)
  families!: number;

  @Field(() => Int)
  insuredPopulation!: number;

  @Field(() => Int)
  insuredFamilies!: number;

  @Field(() => Int)
  visits!: number;

  @Field(() => Int)
  adjustedAmount!: number;
}

@ObjectType('ProductCapitation')
export class CapitationModel {
  @Field(() => [CapitationLevelModel])
  levels!: CapitationLevelModel[];

  @Field(() => ShareWeightsModel)
  shareWeights!: ShareWeightsModel;
}

@ObjectType('ProductAccountCodes')
export class AccountCodesModel {
  @Field(() => String, { nullable: true })
  contribution!: string | null;

  @Field(() => String, { nullable: true })
  remuneration!: string | null;
}

@ObjectType('ProductLineLimit', { description: 'Limit of a line for one visit type: co-insurance % (C) or fixed amount per unit (F), adult and child.' })
export class LineLimitModel {
  @Field(() => ProductLimitationType)
  limitationType!: string;

  @Field(() => Float)
  adult!: number;

  @Field(() => Float)
  child!: number;
}

@ObjectType('ProductLineLimits')
export class LineLimitsModel {
  @Field(() => LineLimitModel)
  normal!: LineLimitModel;

  @Field(() => LineLimitModel)
  emergency!: LineLimitModel;

  @Field(() => LineLimitModel)
  referral!: LineLimitModel;
}

@ObjectType('ProductLineEntry', { description: 'The medical item or service of a line, as the medical projection holds it now.' })
export class LineEntryModel {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => MoneyScalar, { description: 'Register price' })
  price!: string;

  @Field({ description: 'Deleted from the register since the line was written' })
  deleted!: boolean;
}
