import { Directive, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnumOf, LocalDateScalar, MoneyScalar } from '@imis/graphql';
import { ProductCeilingType } from '../../product';

export const CoverageLetter = graphqlEnumOf('CoverageLetter', ['I', 'A', 'S', 'R', 'E'] as const, {
  description: "A member's coverage under a policy on the target date (openIMIS enquiry letters)",
  valueDescriptions: { I: 'idle: not covered yet (not paid, or not yet effective)', A: 'active', S: 'suspended', R: 'ready (paid, awaiting activation)', E: 'expired, or outside its period' },
});
export const CoveragePolicyStatus = graphqlEnumOf('CoveragePolicyStatus', ['IDLE', 'ACTIVE', 'SUSPENDED', 'EXPIRED', 'READY'] as const, {
  description: 'The policy status (openIMIS 1 Idle, 2 Active, 4 Suspended, 8 Expired, 16 Ready)',
});
export const ClaimCategory = graphqlEnumOf('CoverageCategory', ['consultation', 'surgery', 'delivery', 'hospitalization', 'visit', 'antenatal'] as const, {
  description: "A claim category of the product's per-category limits",
});
export const EligibilityRefusal = graphqlEnumOf('EligibilityRefusal', ['INSUREE_NOT_FOUND'] as const, {
  valueDescriptions: { INSUREE_NOT_FOUND: 'no current insuree has this number in your scope (its family or own village)' },
});

/** The insuree service's Insuree, extended by this subgraph with its coverage. */
@ObjectType('Insuree')
@Directive('@key(fields: "id")')
export class InsureeCoverageModel {
  @Field(() => ID)
  id!: string;
}

@ObjectType('CoverageAmounts', { description: 'An amount left: general, or in- and out-patient (a general amount overrides the split); null = none set.' })
export class CoverageAmountsModel {
  @Field(() => MoneyScalar, { nullable: true })
  general!: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  inPatient!: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  outPatient!: string | null;
}

@ObjectType('CoverageCategoryLeft', { description: 'What is left of a claim category in the coverage period.' })
export class CategoryLeftModel {
  @Field(() => ClaimCategory)
  category!: string;

  @Field(() => Int, { nullable: true, description: 'Claims left (the category maximum less the member’s claims of it on the policy); null = unlimited' })
  countLeft!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Most paid per claim (static); null = none set' })
  amountLeft!: string | null;
}

@ObjectType('PolicyCoverage', { description: 'One of the member’s policies on the target date.' })
export class PolicyCoverageModel {
  @Field(() => ID)
  policyId!: string;

  @Field(() => ID)
  productId!: string;

  @Field()
  productCode!: string;

  @Field()
  productName!: string;

  @Field(() => CoveragePolicyStatus)
  status!: string;

  @Field(() => CoverageLetter)
  letter!: string;

  @Field(() => LocalDateScalar, { description: 'The member’s own dates under the policy' })
  enrolmentDate!: string;

  @Field(() => LocalDateScalar)
  startDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Null: the member is not covered (not paid for)' })
  effectiveDate!: string | null;

  @Field(() => LocalDateScalar)
  expiryDate!: string;

  @Field(() => ProductCeilingType)
  ceilingType!: string;

  @Field(() => CoverageAmountsModel, { description: 'Deductible left of the ceiling type' })
  deductibleLeft!: CoverageAmountsModel;

  @Field(() => CoverageAmountsModel, { description: 'Ceiling left of the ceiling type (a policy ceiling raised per extra member, capped)' })
  ceilingLeft!: CoverageAmountsModel;

  @Field(() => [CategoryLeftModel])
  categories!: CategoryLeftModel[];
}

@ObjectType('MemberCoverage', { description: "An insuree's coverage on a date: its active policies, else those of the last two years." })
export class MemberCoverageModel {
  @Field(() => ID)
  insureeId!: string;

  @Field(() => InsureeCoverageModel, { description: 'The insuree (its other fields from the insuree service)' })
  insuree!: InsureeCoverageModel;

  @Field()
  insuranceNumber!: string;

  @Field(() => LocalDateScalar)
  targetDate!: string;

  @Field({ description: 'True: amounts and counts left subtract the usage the claim service’s events reported so far (claims past Entered)' })
  usageKnown!: boolean;

  @Field(() => [PolicyCoverageModel])
  policies!: PolicyCoverageModel[];
}

@ObjectType('ItemEligibility')
export class ItemEligibilityModel {
  @Field()
  itemCode!: string;

  @Field(() => ID, { nullable: true, description: 'Null: no current item has this code' })
  itemId!: string | null;

  @Field({ description: 'An Active policy of the member whose product covers it' })
  covered!: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: 'First day covered: effective date + waiting period' })
  minDate!: string | null;

  @Field(() => Int, { nullable: true, description: 'Quantity left (limit less the member’s approved quantities on the policy); null = unlimited' })
  left!: number | null;

  @Field()
  isItemOK!: boolean;
}

@ObjectType('ServiceEligibility')
export class ServiceEligibilityModel {
  @Field()
  serviceCode!: string;

  @Field(() => ID, { nullable: true, description: 'Null: no current service has this code' })
  serviceId!: string | null;

  @Field({ description: 'An Active policy of the member whose product covers it' })
  covered!: boolean;

  @Field(() => LocalDateScalar, { nullable: true })
  minDate!: string | null;

  @Field(() => Int, { nullable: true, description: 'Quantity left (limit less the member’s approved quantities on the policy); null = unlimited' })
  left!: number | null;

  @Field({ description: 'Also false when its category (surgery, consultation, delivery) has no claims or amount left' })
  isServiceOK!: boolean;
}

@ObjectType('Eligibility', { description: 'The eligibility enquiry: coverage of an insuree on a date, and of an item or service.' })
export class EligibilityModel {
  @Field()
  insuranceNumber!: string;

  @Field(() => LocalDateScalar)
  targetDate!: string;

  @Field(() => EligibilityRefusal, { nullable: true, description: 'Set when the insuree is unknown to you (then everything else is null)' })
  refusal!: string | null;

  @Field(() => MemberCoverageModel, { nullable: true })
  coverage!: MemberCoverageModel | null;

  @Field(() => ItemEligibilityModel, { nullable: true, description: 'When itemCode was given' })
  item!: ItemEligibilityModel | null;

  @Field(() => ServiceEligibilityModel, { nullable: true, description: 'When serviceCode was given' })
  service!: ServiceEligibilityModel | null;
}

@InputType()
export class EligibilityInput {
  @Field({ description: 'The insuree’s insurance number (CHF id)' })
  insuranceNumber!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Default: today' })
  targetDate?: string | null;

  @Field(() => String, { nullable: true })
  itemCode?: string | null;

  @Field(() => String, { nullable: true })
  serviceCode?: string | null;
}

