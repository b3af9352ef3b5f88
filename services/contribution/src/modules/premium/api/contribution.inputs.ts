import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar, MoneyScalar, MutationInput } from '@imis/graphql';
import type { PremiumAction } from '../domain/premium-balance';
import type { PayType } from '../domain/premium-fields';
import { ContributionActionEnum, PayTypeEnum } from './contribution.model';

@InputType()
export class AddContributionInput extends MutationInput {
  @Field(() => ID, { description: 'A current policy of a family in your data scope' })
  policyId!: string;

  @Field(() => ID, { nullable: true, description: 'A payer you may see' })
  payerId?: string | null;

  @Field(() => MoneyScalar, { description: 'Above zero' })
  amount!: string;

  @Field({ description: 'At most 50 characters; unique among current contributions to policies of the same product' })
  receipt!: string;

  @Field(() => LocalDateScalar, { description: 'Not after today, not before the policy’s enrolment date' })
  payDate!: string;

  @Field(() => PayTypeEnum, { description: 'Not FUNDING' })
  payType!: PayType;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  isPhotoFee?: boolean | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  isOffline?: boolean | null;

  @Field(() => String, { nullable: true, description: 'At most 50 characters' })
  source?: string | null;

  @Field(() => ContributionActionEnum, { nullable: true, defaultValue: 'PAY' })
  action?: PremiumAction | null;
}

@InputType()
export class UpdateContributionInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read: refused with VERSION_CONFLICT if the contribution changed since' })
  version?: number | null;

  @Field(() => ID, { nullable: true, description: 'Absent: unchanged; null: none' })
  payerId?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Absent: unchanged' })
  amount?: string | null;

  @Field(() => String, { nullable: true, description: 'Absent: unchanged' })
  receipt?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Absent: unchanged' })
  payDate?: string | null;

  @Field(() => PayTypeEnum, { nullable: true, description: 'Absent: unchanged' })
  payType?: PayType | null;

  @Field(() => Boolean, { nullable: true })
  isPhotoFee?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  isOffline?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Absent: unchanged; null: none' })
  source?: string | null;

  @Field(() => ContributionActionEnum, { nullable: true, defaultValue: 'PAY' })
  action?: PremiumAction | null;
}

@InputType()
export class ContributionRefInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read: refused with VERSION_CONFLICT if the contribution changed since' })
  version?: number | null;
}

@InputType({ description: 'Every given criterion must match; current contributions to policies of families in your data scope only.' })
export class ContributionFilterInput {
  @Field(() => ID, { nullable: true })
  policyId?: string | null;

  @Field(() => ID, { nullable: true })
  payerId?: string | null;

  @Field(() => String, { nullable: true, description: 'The exact receipt' })
  receipt?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Paid on or after' })
  payDateFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Paid on or before' })
  payDateTo?: string | null;
}
