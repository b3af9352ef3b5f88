import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, MoneyScalar, MutationPayload, UserError } from '@imis/graphql';
import type { ClaimLineStatus, ClaimStatus, RejectionReasonName, VisitType } from '../domain/claim-codes';
import { ClaimLineStatusEnum, ClaimStatusEnum, RejectionReasonEnum, VisitTypeEnum } from './claim.enums';

@ObjectType('ClaimLine', { description: 'An item or service line: what the provider entered, and (once checked) the adjudication' })
export class ClaimLineModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The medical item (item lines)' })
  itemId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The medical service (service lines)' })
  serviceId!: string | null;

  @Field(() => Float)
  quantityProvided!: number;

  @Field(() => MoneyScalar)
  priceAsked!: string;

  @Field(() => String, { nullable: true })
  explanation!: string | null;

  @Field(() => ClaimLineStatusEnum, { nullable: true, description: 'null until checked' })
  status!: ClaimLineStatus | null;

  @Field(() => RejectionReasonEnum, { nullable: true })
  rejectionReason!: RejectionReasonName | null;

  @Field(() => Int, { nullable: true, description: 'The openIMIS number of the rejection reason' })
  rejectionReasonCode!: number | null;

  @Field(() => ID, { nullable: true })
  productId!: string | null;

  @Field(() => ID, { nullable: true })
  policyId!: string | null;

  @Field(() => String, { nullable: true, description: 'P price list, O own price, R relative price' })
  priceOrigin!: string | null;

  @Field(() => String, { nullable: true, description: 'C co-insurance, F fixed' })
  limitation!: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  limitationValue!: string | null;

  @Field(() => Float, { nullable: true })
  quantityApproved!: number | null;

  @Field(() => MoneyScalar, { nullable: true })
  priceAdjusted!: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  priceApproved!: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  priceValuated!: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  deductibleAmount!: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  exceedCeilingAmount!: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  exceedCeilingAmountCategory!: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  remuneratedAmount!: string | null;

  @Field(() => String, { nullable: true })
  justification!: string | null;

  /** The stored adjudication trace (resolved as `trace` and `adjudicationExplanation` by the adjudication module). */
  storedTrace!: unknown;
}

@ObjectType('Claim', { description: 'A health facility’s claim for the care of one insuree, with its item and service lines.' })
export class ClaimModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Unique among the current claims of the facility (≤ 20 characters)' })
  code!: string;

  @Field(() => ID)
  insureeId!: string;

  @Field(() => ID)
  healthFacilityId!: string;

  @Field(() => ID, { nullable: true })
  claimAdminId!: string | null;

  @Field(() => LocalDateScalar)
  dateFrom!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  dateTo!: string | null;

  @Field(() => LocalDateScalar)
  dateClaimed!: string;

  @Field(() => LocalDateScalar, { description: 'dateTo, else dateFrom' })
  targetDate!: string;

  @Field(() => VisitTypeEnum)
  visitType!: VisitType;

  @Field(() => String, { nullable: true, description: 'S, D, A, H, C, O or V; set when checked' })
  category!: string | null;

  @Field(() => ID)
  mainDiagnosisId!: string;

  @Field(() => [ID])
  secondaryDiagnosisIds!: string[];

  @Field(() => String, { nullable: true })
  explanation!: string | null;

  @Field(() => ClaimStatusEnum)
  status!: ClaimStatus;

  @Field(() => Int, { description: 'The openIMIS number of the status' })
  statusCode!: number;

  @Field(() => RejectionReasonEnum)
  rejectionReason!: RejectionReasonName;

  @Field(() => Int, { description: 'The openIMIS number of the rejection reason (0 accepted)' })
  rejectionReasonCode!: number;

  @Field({ description: 'Submitted and waiting for adjudication (the status stays ENTERED until checked)' })
  queued!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why adjudication could not run on the claim, which it then took out of the queue (still ENTERED): correct it if need be and submit it again. Null otherwise.',
  })
  adjudicationError!: string | null;

  @Field(() => String, { nullable: true })
  submittedAt!: string | null;

  @Field(() => MoneyScalar, { description: 'Σ quantity provided × price asked' })
  claimed!: string;

  @Field(() => MoneyScalar, { nullable: true })
  approved!: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  valuated!: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  remunerated!: string | null;

  @Field(() => ID, { nullable: true, description: 'The rejected claim this one restores' })
  restoredFromId!: string | null;

  @Field(() => [ClaimLineModel])
  items!: ClaimLineModel[];

  @Field(() => [ClaimLineModel])
  services!: ClaimLineModel[];

  @Field(() => Int)
  version!: number;

  @Field({ description: 'Who made this version' })
  changedBy!: string;
}

@ObjectType('ClaimVersion', { description: 'A past version of a claim with the lines it had' })
export class ClaimVersionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  code!: string;

  @Field(() => ID)
  insureeId!: string;

  @Field(() => ClaimStatusEnum)
  status!: ClaimStatus;

  @Field()
  queued!: boolean;

  @Field(() => LocalDateScalar)
  dateFrom!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  dateTo!: string | null;

  @Field(() => LocalDateScalar)
  dateClaimed!: string;

  @Field(() => VisitTypeEnum)
  visitType!: VisitType;

  @Field(() => String, { nullable: true })
  explanation!: string | null;

  @Field(() => MoneyScalar)
  claimed!: string;

  @Field(() => [ClaimLineModel])
  items!: ClaimLineModel[];

  @Field(() => [ClaimLineModel])
  services!: ClaimLineModel[];

  @Field()
  validFrom!: string;

  @Field()
  validTo!: string;

  @Field({ description: 'Who made this version' })
  changedBy!: string;

  @Field({ description: 'Who replaced this version' })
  replacedBy!: string;
}

@ObjectType('ClaimConnection')
export class ClaimConnection extends Connection(ClaimModel, 'Claim') {}

@ObjectType('ClaimPayload', { description: 'Result of a claim mutation: the claim, or why it was refused.' })
export class ClaimPayload extends MutationPayload(ClaimModel, 'claim', { description: 'The claim after the change; null when refused' }) {}

@ObjectType('ClaimRefusal', { description: 'A claim of a bulk call that was refused: nothing of it was written' })
export class ClaimRefusalModel {
  @Field(() => Int, { description: 'Its position in the call (from 0)' })
  index!: number;

  @Field(() => String, { nullable: true, description: 'The code it was sent with' })
  code!: string | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType('ClaimsPayload', { description: 'Result of a bulk claim mutation: the claims it changed and those it refused.' })
export class ClaimsPayload {
  @Field(() => [ClaimModel])
  claims!: ClaimModel[];

  @Field(() => [ClaimRefusalModel])
  refusals!: ClaimRefusalModel[];

  @Field(() => [UserError], { description: 'Why the whole call was refused (nothing written)' })
  errors!: UserError[];

  @Field(() => String, { nullable: true })
  clientMutationId!: string | null;
}
