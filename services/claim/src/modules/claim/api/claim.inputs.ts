import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar, MoneyScalar, MutationInput } from '@imis/graphql';
import type { ClaimStatus, RejectionReasonName, VisitType } from '../domain/claim-codes';
import { ClaimStatusEnum, RejectionReasonEnum, VisitTypeEnum } from './claim.enums';

@InputType({ description: 'An item or service line as the provider enters it' })
export class ClaimLineInput {
  @Field({ description: 'The code of a current medical item (service)' })
  code!: string;

  @Field(() => Float, { description: 'Positive, at most two decimals, at most the item’s (service’s) maximum per claim' })
  quantity!: number;

  @Field(() => MoneyScalar, { description: 'Positive' })
  priceAsked!: string;

  @Field(() => String, { nullable: true })
  explanation?: string | null;
}

@InputType({ description: 'A claim as entered' })
export class ClaimEntryInput {
  @Field(() => String, { nullable: true, description: 'At most 20 characters, unique among the current claims of the facility; generated when absent' })
  code?: string | null;

  @Field(() => ID, { nullable: true, description: 'The insuree, or give its insurance number' })
  insureeId?: string | null;

  @Field(() => String, { nullable: true })
  insuranceNumber?: string | null;

  @Field(() => ID, { nullable: true, description: 'A facility in your scope; a claim administrator’s own when absent' })
  healthFacilityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A claim administrator of the facility; yourself when you are one' })
  claimAdminId?: string | null;

  @Field(() => LocalDateScalar)
  dateFrom!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Not before dateFrom' })
  dateTo?: string | null;

  @Field(() => LocalDateScalar, { description: 'Not before dateFrom' })
  dateClaimed!: string;

  @Field(() => VisitTypeEnum, { nullable: true, description: 'Default OTHER' })
  visitType?: VisitType | null;

  @Field({ description: 'The code of a current diagnosis' })
  mainDiagnosis!: string;

  @Field(() => [String], { nullable: true, description: 'Codes of at most 4 (CLAIM_MAX_SECONDARY_DIAGNOSES) other diagnoses' })
  secondaryDiagnoses?: string[] | null;

  @Field(() => String, { nullable: true })
  explanation?: string | null;

  @Field(() => [ClaimLineInput], { nullable: true })
  items?: ClaimLineInput[] | null;

  @Field(() => [ClaimLineInput], { nullable: true })
  services?: ClaimLineInput[] | null;
}

@InputType()
export class CreateClaimInput extends MutationInput {
  @Field(() => ClaimEntryInput)
  claim!: ClaimEntryInput;
}

@InputType()
export class CreateClaimsInput extends MutationInput {
  @Field(() => [ClaimEntryInput], { description: 'At most 100' })
  claims!: ClaimEntryInput[];
}

@InputType({ description: 'Absent fields stay as they are; sending items or services replaces every line' })
export class UpdateClaimInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read: refused with VERSION_CONFLICT if the claim changed since' })
  version?: number | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => ID, { nullable: true })
  insureeId?: string | null;

  @Field(() => String, { nullable: true })
  insuranceNumber?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  dateFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'null clears it' })
  dateTo?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  dateClaimed?: string | null;

  @Field(() => VisitTypeEnum, { nullable: true })
  visitType?: VisitType | null;

  @Field(() => String, { nullable: true, description: 'Send it with secondaryDiagnoses: both are replaced' })
  mainDiagnosis?: string | null;

  @Field(() => [String], { nullable: true })
  secondaryDiagnoses?: string[] | null;

  @Field(() => String, { nullable: true, description: 'null clears it' })
  explanation?: string | null;

  @Field(() => [ClaimLineInput], { nullable: true })
  items?: ClaimLineInput[] | null;

  @Field(() => [ClaimLineInput], { nullable: true })
  services?: ClaimLineInput[] | null;
}

@InputType()
export class DeleteClaimInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType()
export class RestoreClaimInput extends MutationInput {
  @Field(() => ID, { description: 'A Rejected claim' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'The new claim’s code; generated when absent' })
  code?: string | null;
}

@InputType()
export class SubmitClaimsInput extends MutationInput {
  @Field(() => [ID], { description: 'At most 100 Entered claims' })
  ids!: string[];
}

@InputType({ description: 'Every given criterion must match; current claims of your scope only' })
export class ClaimFilterInput {
  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => ClaimStatusEnum, { nullable: true })
  status?: ClaimStatus | null;

  @Field(() => ID, { nullable: true })
  healthFacilityId?: string | null;

  @Field(() => ID, { nullable: true })
  insureeId?: string | null;

  @Field(() => String, { nullable: true })
  insuranceNumber?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Care started on or after' })
  dateFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Target date on or before' })
  dateTo?: string | null;

  @Field(() => RejectionReasonEnum, { nullable: true })
  rejectionReason?: RejectionReasonName | null;
}
