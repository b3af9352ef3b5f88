import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, MoneyScalar, MutationPayload } from '@imis/graphql';
import type { PolicyStage, PolicyStatus } from '../domain/policy-codes';
import { PolicyStageEnum, PolicyStatusEnum } from './policy.enums';

/** Fields shared by a policy and each of its past versions. */
@ObjectType({ isAbstract: true })
export abstract class PolicyFieldsModel {
  @Field(() => PolicyStatusEnum)
  status!: PolicyStatus;

  @Field(() => PolicyStageEnum)
  stage!: PolicyStage;

  @Field(() => MoneyScalar, { description: 'What the family pays (the scheme policy value rule)' })
  value!: string;

  @Field(() => LocalDateScalar)
  enrolDate!: string;

  @Field(() => LocalDateScalar)
  startDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Set when paid (activated); null until then' })
  effectiveDate!: string | null;

  @Field(() => LocalDateScalar, { description: 'start + insurance period months − 1 day' })
  expiryDate!: string;

  @Field(() => ID, { nullable: true, description: 'The enrolment officer who sold it' })
  officerId!: string | null;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'Who made this version' })
  changedBy!: string;
}

@ObjectType('Policy', { description: "A family's purchase of a product for a period; each member's coverage is an InsureePolicy." })
@Directive('@key(fields: "id")')
export class PolicyModel extends PolicyFieldsModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  familyId!: string;

  @Field(() => ID)
  productId!: string;

  @Field(() => ID, { nullable: true, description: 'The policy a renewal continues' })
  previousPolicyId!: string | null;

  @Field(() => MoneyScalar, { description: 'Contributions paid so far (photo fees excluded)' })
  paidTotal!: string;

  @Field({ description: 'A reversal left the paid total below the value of an activated policy' })
  underpaid!: boolean;
}

@ObjectType('InsureePolicy', { description: "One member's coverage under a policy, with its own dates." })
export class InsureePolicyModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  policyId!: string;

  @Field(() => ID)
  insureeId!: string;

  @Field(() => LocalDateScalar)
  enrolmentDate!: string;

  @Field(() => LocalDateScalar)
  startDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'null = not covered (not paid, or joined and not yet paid for)' })
  effectiveDate!: string | null;

  @Field(() => LocalDateScalar)
  expiryDate!: string;

  @Field(() => Int)
  version!: number;
}

@ObjectType('PolicyVersion', { description: 'A past version of a policy' })
export class PolicyVersionModel extends PolicyFieldsModel {
  @Field(() => ID)
  id!: string;

  @Field()
  validFrom!: string;

  @Field()
  validTo!: string;

  @Field({ description: 'Who replaced this version' })
  replacedBy!: string;
}

@ObjectType('PolicyConnection')
export class PolicyConnection extends Connection(PolicyModel, 'Policy') {}

@ObjectType('PolicyPayload', { description: 'Result of a policy mutation: the policy, or why it was refused.' })
export class PolicyPayload extends MutationPayload(PolicyModel, 'policy', { description: 'The policy after the change; null when refused' }) {}
