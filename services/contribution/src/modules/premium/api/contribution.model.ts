import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, graphqlEnumOf, LocalDateScalar, MoneyScalar, MutationPayload } from '@imis/graphql';
import { PREMIUM_ACTIONS, PREMIUM_WARNING_CODES, type PremiumWarningCode } from '../domain/premium-balance';
import { PAY_TYPES, type PayType } from '../domain/premium-fields';

export const PayTypeEnum = graphqlEnumOf('ContributionPayType', PAY_TYPES, {
  names: { C: 'CASH', B: 'BANK_TRANSFER', M: 'MOBILE_PHONE', F: 'FUNDING' },
  description: 'openIMIS pay types C, B, M, F (F: recorded by fundProduct only)',
});

export const ContributionActionEnum = graphqlEnumOf('ContributionAction', PREMIUM_ACTIONS, {
  description: 'What the user asks of the policy on save (openIMIS). The policy service owns the status: SUSPEND and ENFORCE are reported, not applied',
  valueDescriptions: {
    PAY: 'Record the premium (default)',
    ENFORCE: 'No UNDERPAID warning; the policy is activated only once paid in full (policy service)',
    SUSPEND: 'Recorded; suspend the policy with suspendPolicy (policy service)',
    WAIT: 'Recorded; the policy waits for further payments',
  },
});

export const ContributionWarningCodeEnum = graphqlEnumOf('ContributionWarningCode', PREMIUM_WARNING_CODES, {
  valueDescriptions: {
    UNDERPAID: 'Below the balance (value − other contributions): the policy is not paid in full',
    OVERPAID: 'Above the balance',
    INSTALLMENTS_REACHED: 'Still under-paid and the product’s installment count is reached',
    PAST_LAST_PAYMENT_DATE: 'Still under-paid and paid after the last date for payment',
    ACTION_IN_POLICY_SERVICE: 'SUSPEND or ENFORCE asked: the policy service owns the status (suspendPolicy)',
  },
});

/** Fields shared by a contribution and each of its past versions. */
@ObjectType({ isAbstract: true })
export abstract class ContributionFieldsModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The policy paid' })
  policyId!: string;

  @Field(() => ID, { description: 'The product of the policy (receipts are unique per product)' })
  productId!: string;

  @Field(() => ID, { nullable: true })
  payerId!: string | null;

  @Field(() => MoneyScalar)
  amount!: string;

  @Field()
  receipt!: string;

  @Field(() => LocalDateScalar)
  payDate!: string;

  @Field(() => PayTypeEnum)
  payType!: PayType;

  @Field({ description: 'A photo fee: outside every sum compared with the policy value' })
  isPhotoFee!: boolean;

  @Field()
  isOffline!: boolean;

  @Field(() => String, { nullable: true, description: 'null: a user; payment: a matched payment; funding' })
  source!: string | null;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'Who made this version' })
  changedBy!: string;

  @Field({ description: 'When this version became current (ISO 8601)' })
  validFrom!: string;
}

@ObjectType('Contribution', { description: 'A premium paid towards a policy.' })
export class ContributionModel extends ContributionFieldsModel {}

@ObjectType('ContributionVersion', { description: 'A past version of a contribution' })
export class ContributionVersionModel extends ContributionFieldsModel {
  @Field({ description: 'When it stopped being current (ISO 8601)' })
  validTo!: string;

  @Field({ description: 'Who replaced this version' })
  replacedBy!: string;
}

@ObjectType('ContributionConnection')
export class ContributionConnection extends Connection(ContributionModel, 'Contribution') {}

@ObjectType('ContributionWarning', { description: 'Saved, but worth telling the user (§4 “on each save”)' })
export class ContributionWarningModel {
  @Field(() => ContributionWarningCodeEnum)
  code!: PremiumWarningCode;

  @Field()
  message!: string;
}

@ObjectType('ContributionPayload', { description: 'Result of a contribution mutation: the contribution and where its policy stands, or why it was refused.' })
export class ContributionPayload extends MutationPayload(ContributionModel, 'contribution', { description: 'The contribution after the change; null when refused' }) {
  @Field(() => MoneyScalar, { nullable: true, description: 'Σ current non-photo contributions of the policy after the change' })
  paidTotal!: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'value − paidTotal as this service knows the policy; null when refused or the policy is not known here yet' })
  balance!: string | null;

  @Field(() => [ContributionWarningModel])
  warnings!: ContributionWarningModel[];
}
