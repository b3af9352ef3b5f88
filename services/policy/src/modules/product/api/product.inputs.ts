import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar, MoneyScalar, MutationInput } from '@imis/graphql';
import {
  ProductAccountCodesInput,
  ProductCapitationInput,
  ProductCategoryLimitsInput,
  ProductLineInput,
  ProductRelativePricesInput,
  ProductSplitAmountInput,
} from './product-parts.inputs';
import { ProductCeilingInterpretation, ProductCeilingType } from './product.enums';

/** Fields a new product may leave out (each has a default) and a change may send; null = the default. */
@InputType({ isAbstract: true })
abstract class ProductOptionalFieldsInput extends MutationInput {
  @Field(() => ID, { nullable: true, description: 'A current region or district in your scope; null = national (unrestricted scope only)' })
  locationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A current product you may see, not leading back to this one' })
  conversionProductId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Months, 0..1200 (default 0)' })
  administrationPeriod?: number | null;

  @Field(() => Int, { nullable: true, description: 'Months (default 0)' })
  gracePeriodEnrolment?: number | null;

  @Field(() => Int, { nullable: true, description: 'Months (default 0)' })
  gracePeriodRenewal?: number | null;

  @Field(() => Int, { nullable: true, description: 'Months (default 0)' })
  gracePeriodPayment?: number | null;

  @Field(() => [String], { nullable: true, description: 'At most 4 distinct "dd-mm" (29-02 refused); default none = free enrolment' })
  startCycles?: string[] | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Default 0' })
  lumpSum?: string | null;

  @Field(() => Int, { nullable: true, description: '0..memberCount (default 0)' })
  threshold?: number | null;

  @Field(() => MoneyScalar, { nullable: true })
  premiumAdult?: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  premiumChild?: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  registrationLumpSum?: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  registrationFee?: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  generalAssemblyLumpSum?: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  generalAssemblyFee?: string | null;

  @Field(() => Int, { nullable: true, description: '0 = unlimited (default)' })
  maxInstallments?: number | null;

  @Field(() => Int, { nullable: true, description: '0..100, with enrolmentDiscountPeriod (both or neither)' })
  enrolmentDiscountPercent?: number | null;

  @Field(() => Int, { nullable: true })
  enrolmentDiscountPeriod?: number | null;

  @Field(() => Int, { nullable: true })
  renewalDiscountPercent?: number | null;

  @Field(() => Int, { nullable: true })
  renewalDiscountPeriod?: number | null;

  @Field(() => ProductCeilingType, { nullable: true, description: 'Default I' })
  ceilingType?: string | null;

  @Field(() => ProductCeilingInterpretation, { nullable: true, description: 'Default I' })
  ceilingInterpretation?: string | null;

  @Field(() => ProductSplitAmountInput, { nullable: true })
  deductible?: ProductSplitAmountInput | null;

  @Field(() => ProductSplitAmountInput, { nullable: true })
  ceiling?: ProductSplitAmountInput | null;

  @Field(() => ProductSplitAmountInput, { nullable: true })
  extraMemberCeiling?: ProductSplitAmountInput | null;

  @Field(() => ProductSplitAmountInput, { nullable: true })
  maxPolicyCeiling?: ProductSplitAmountInput | null;

  @Field(() => ProductCategoryLimitsInput, { nullable: true })
  categoryLimits?: ProductCategoryLimitsInput | null;

  @Field(() => ProductRelativePricesInput, { nullable: true })
  relativePrices?: ProductRelativePricesInput | null;

  @Field(() => ProductCapitationInput, { nullable: true, description: 'Null = no capitation' })
  capitation?: ProductCapitationInput | null;

  @Field(() => ProductAccountCodesInput, { nullable: true })
  accountCodes?: ProductAccountCodesInput | null;

  @Field(() => [ProductLineInput], { nullable: true, description: 'Items covered (itemId); with serviceLines at most 1,500 lines' })
  itemLines?: ProductLineInput[] | null;

  @Field(() => [ProductLineInput], { nullable: true, description: 'Services covered (serviceId)' })
  serviceLines?: ProductLineInput[] | null;
}

@InputType()
export class CreateProductInput extends ProductOptionalFieldsInput {
  @Field({ description: 'At most 8 characters, unique among current products' })
  code!: string;

  @Field({ description: 'At most 100 characters' })
  name!: string;

  @Field(() => LocalDateScalar)
  dateFrom!: string;

  @Field(() => LocalDateScalar, { description: 'Not before dateFrom' })
  dateTo!: string;

  @Field(() => Int, { description: 'Months, 1..1200' })
  insurancePeriod!: number;

  @Field(() => Int, { description: 'At least 1' })
  memberCount!: number;
}

@InputType({ description: 'Only the fields sent change (a group is replaced whole); itemLines or serviceLines, when sent, replace every line of that kind.' })
export class UpdateProductInput extends ProductOptionalFieldsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read: refused with VERSION_CONFLICT if the product changed since' })
  version?: number | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  dateFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  dateTo?: string | null;

  @Field(() => Int, { nullable: true })
  insurancePeriod?: number | null;

  @Field(() => Int, { nullable: true })
  memberCount?: number | null;
}

@InputType({ description: 'A copy of every field and line of a product under a new code and name' })
export class DuplicateProductInput extends MutationInput {
  @Field(() => ID, { description: 'The product to copy' })
  id!: string;

  @Field({ description: 'At most 8 characters, unique among current products' })
  code!: string;

  @Field({ description: 'At most 100 characters' })
  name!: string;

  @Field(() => ID, { nullable: true, description: "Absent: the source's location; null: national" })
  locationId?: string | null;
}

@InputType()
export class DeleteProductInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read: refused with VERSION_CONFLICT if the product changed since' })
  version?: number | null;
}

@InputType({ description: 'Every given criterion must match; current products only.' })
export class ProductFilterInput {
  @Field(() => String, { nullable: true, description: 'Start of the code, ignoring case' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, ignoring case' })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Products located exactly there' })
  locationId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Products whose sale window contains this date' })
  validOn?: string | null;
}
