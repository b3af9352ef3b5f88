import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar, MoneyScalar } from '@imis/graphql';
import { ProductLineModel } from './product-line.model';
import { AccountCodesModel, CapitationModel, CategoryLimitsModel, RelativePricesModel, SplitAmountModel } from './product-parts.model';
import { ProductCeilingInterpretation, ProductCeilingType } from './product.enums';

/** Fields shared by a product and each of its past versions. */
@ObjectType({ isAbstract: true })
export abstract class ProductFieldsModel {
  @Field({ description: 'At most 8 characters, unique among current products' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The region or district where it is sold; null = national' })
  locationId!: string | null;

  @Field(() => LocalDateScalar, { description: 'First day of the sale window' })
  dateFrom!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the sale window' })
  dateTo!: string;

  @Field(() => ID, { nullable: true, description: 'The product its policies renew into' })
  conversionProductId!: string | null;

  @Field(() => Int, { description: 'Length of a policy, months' })
  insurancePeriod!: number;

  @Field(() => Int, { description: 'Months added to a new enrolment' })
  administrationPeriod!: number;

  @Field(() => Int, { description: 'Months' })
  gracePeriodEnrolment!: number;

  @Field(() => Int, { description: 'Months' })
  gracePeriodRenewal!: number;

  @Field(() => Int, { description: 'Months (openIMIS WaitingPeriod)' })
  gracePeriodPayment!: number;

  @Field(() => [String], { description: 'Fixed cycle starts "dd-mm"; empty = free enrolment' })
  startCycles!: string[];

  @Field(() => MoneyScalar)
  lumpSum!: string;

  @Field(() => Int, { description: 'The most members a policy covers' })
  memberCount!: number;

  @Field(() => Int, { description: 'Members covered by the lump sum' })
  threshold!: number;

  @Field(() => MoneyScalar)
  premiumAdult!: string;

  @Field(() => MoneyScalar)
  premiumChild!: string;

  @Field(() => MoneyScalar)
  registrationLumpSum!: string;

  @Field(() => MoneyScalar, { description: 'Per member, when there is no registration lump sum' })
  registrationFee!: string;

  @Field(() => MoneyScalar)
  generalAssemblyLumpSum!: string;

  @Field(() => MoneyScalar)
  generalAssemblyFee!: string;

  @Field(() => Int, { description: '0 = unlimited' })
  maxInstallments!: number;

  @Field(() => Int)
  enrolmentDiscountPercent!: number;

  @Field(() => Int, { description: 'Months' })
  enrolmentDiscountPeriod!: number;

  @Field(() => Int)
  renewalDiscountPercent!: number;

  @Field(() => Int, { description: 'Months' })
  renewalDiscountPeriod!: number;

  @Field(() => ProductCeilingType)
  ceilingType!: string;

  @Field(() => ProductCeilingInterpretation)
  ceilingInterpretation!: string;

  @Field(() => SplitAmountModel, { description: 'Of the ceiling type' })
  deductible!: SplitAmountModel;

  @Field(() => SplitAmountModel, { description: 'Of the ceiling type' })
  ceiling!: SplitAmountModel;

  @Field(() => SplitAmountModel, { description: 'Policy ceilings: added per member above the threshold' })
  extraMemberCeiling!: SplitAmountModel;

  @Field(() => SplitAmountModel, { description: 'Policy ceilings: the cap of the raised ceiling' })
  maxPolicyCeiling!: SplitAmountModel;

  @Field(() => CategoryLimitsModel)
  categoryLimits!: CategoryLimitsModel;

  @Field(() => RelativePricesModel)
  relativePrices!: RelativePricesModel;

  @Field(() => CapitationModel, { nullable: true })
  capitation!: CapitationModel | null;

  @Field(() => AccountCodesModel)
  accountCodes!: AccountCodesModel;

  @Field(() => [ProductLineModel])
  itemLines!: ProductLineModel[];

  @Field(() => [ProductLineModel])
  serviceLines!: ProductLineModel[];

  @Field(() => Int, { description: 'Version number, incremented by each change' })
  version!: number;

  @Field({ description: 'When this version became current' })
  validFrom!: Date;

  @Field({ description: 'Who made this version' })
  changedBy!: string;
}

@ObjectType('Product', { description: "An insurance product: who may buy it, where, for how long, at what price, and what it covers (its lines)." })
export class ProductModel extends ProductFieldsModel {
  @Field(() => ID)
  id!: string;
}
