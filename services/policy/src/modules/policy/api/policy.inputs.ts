import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar, MoneyScalar, MutationInput } from '@imis/graphql';
import type { PolicyStage, PolicyStatus } from '../domain/policy-codes';
import { PolicyStageEnum, PolicyStatusEnum } from './policy.enums';

@InputType()
export class PolicyValueInput {
  @Field(() => ID)
  familyId!: string;

  @Field(() => ID)
  productId!: string;

  @Field(() => LocalDateScalar, { description: 'Not after today' })
  enrolDate!: string;

  @Field(() => PolicyStageEnum, { defaultValue: 'N' })
  stage!: PolicyStage;

  @Field(() => ID, { nullable: true, description: 'The policy a renewal continues (required for stage R)' })
  previousPolicyId?: string | null;
}

@InputType()
export class CreatePolicyInput extends MutationInput {
  @Field(() => ID, { description: 'A family in your data scope' })
  familyId!: string;

  @Field(() => ID, { description: "A current product sold in the family's location on the enrolment date" })
  productId!: string;

  @Field(() => LocalDateScalar, { description: 'Not after today' })
  enrolDate!: string;

  @Field(() => ID, { nullable: true })
  officerId?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'When sent, must equal the computed value (POLICY_VALUE_MISMATCH)' })
  value?: string | null;
}

@InputType()
export class RenewPolicyInput extends MutationInput {
  @Field(() => ID, { description: "The policy renewed: the family's latest of its product" })
  policyId!: string;

  @Field(() => LocalDateScalar, { description: 'Not after today' })
  enrolDate!: string;

  @Field(() => ID, { nullable: true, description: "Default: the product's conversion product when it has one, else the same product" })
  productId?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'When sent, must equal the computed value' })
  value?: string | null;
}

@InputType()
export class UpdatePolicyInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read: refused with VERSION_CONFLICT if the policy changed since' })
  version?: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Absent: unchanged' })
  enrolDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'Absent: unchanged; null: no officer' })
  officerId?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'When sent, must equal the recomputed value' })
  value?: string | null;
}

@InputType()
export class PolicyRefInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read: refused with VERSION_CONFLICT if the policy changed since' })
  version?: number | null;
}

@InputType({ description: 'Every given criterion must match; current policies of families in your data scope only.' })
export class PolicyFilterInput {
  @Field(() => ID, { nullable: true })
  familyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Policies covering this insuree' })
  insureeId?: string | null;

  @Field(() => ID, { nullable: true })
  productId?: string | null;

  @Field(() => PolicyStatusEnum, { nullable: true })
  status?: PolicyStatus | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Policies expiring before this date' })
  expiryBefore?: string | null;
}
