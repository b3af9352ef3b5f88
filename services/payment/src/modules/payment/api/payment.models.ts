import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Connection, graphqlEnumOf, LocalDateScalar, MoneyScalar, MutationInput, MutationPayload } from '@imis/graphql';
import { NOTICE_OUTCOMES, type NoticeOutcome } from '@imis/notification';
import { FEEDBACK_KINDS, type FeedbackKind } from '../domain/payment-feedback';
import { PAYMENT_STATUSES, type PaymentStatus } from '../domain/payment-status';

export const PaymentStatusEnum = graphqlEnumOf('PaymentStatus', PAYMENT_STATUSES, {
  description: 'openIMIS −3 rejected, −1 intent invalid, 0 intent, 1 control number requested, 2 request acknowledged, 3 control number assigned, 4 received, 5 matched',
});

export const PaymentFeedbackKindEnum = graphqlEnumOf('PaymentFeedbackKind', FEEDBACK_KINDS, { description: 'The matching outcome a payer was told of' });
export const NoticeOutcomeEnum = graphqlEnumOf('PaymentNotificationOutcome', NOTICE_OUTCOMES, {
  description: 'SENT: handed to a gateway that accepted it; LOGGED: only written to the log (default adapter); FAILED: not delivered',
});

@ObjectType('PaymentNotification', { description: 'The SMS feedback of a payment’s match (§5.4), as the Notifier handled it: at most one per outcome.' })
export class PaymentNotificationModel {
  @Field(() => ID, { description: 'The notice id (the adapter’s idempotency key)' })
  id!: string;

  @Field(() => PaymentFeedbackKindEnum)
  kind!: FeedbackKind;

  @Field()
  phone!: string;

  @Field(() => String, { nullable: true })
  language!: string | null;

  @Field()
  message!: string;

  @Field({ description: 'The Notifier adapter that handled it (PAYMENT_NOTIFIER: log, or a scheme’s own such as sms)' })
  channel!: string;

  @Field(() => NoticeOutcomeEnum)
  outcome!: NoticeOutcome;

  @Field({ description: 'ISO 8601' })
  createdAt!: string;
}

@ObjectType('PaymentDetail', { description: 'One line of a payment: what it pays for and, once matched, its policy, share and premium.' })
export class PaymentDetailModel {
  @Field(() => ID)
  id!: string;

  @Field()
  insuranceNumber!: string;

  @Field()
  productCode!: string;

  @Field(() => String, { nullable: true, description: 'N new enrolment, R renewal; null when unknown' })
  policyStage!: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  expectedAmount!: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'The share of the received amount matched to this line' })
  amount!: string | null;

  @Field(() => ID, { nullable: true })
  policyId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The premium the contribution service adds for this line' })
  premiumId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The renewal the policy service creates when the policy was already Active' })
  renewalPolicyId!: string | null;
}

@ObjectType('Payment', { description: 'A payment from its intent to its match (mobile money, §5 of the domain).' })
export class PaymentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => PaymentStatusEnum)
  status!: PaymentStatus;

  @Field(() => ID, { nullable: true, description: 'Null: a self-payer' })
  officerId!: string | null;

  @Field(() => String, { nullable: true })
  officerCode!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  language!: string | null;

  @Field()
  smsRequired!: boolean;

  @Field(() => MoneyScalar, { nullable: true })
  expectedAmount!: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  receivedAmount!: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Received above what the policies had outstanding (not matched)' })
  surplusAmount!: string | null;

  @Field(() => String, { nullable: true })
  controlNumber!: string | null;

  @Field(() => String, { nullable: true })
  transactionNo!: string | null;

  @Field(() => String, { nullable: true })
  receiptNo!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  paymentDate!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601' })
  receivedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601' })
  matchedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'INTENT, GATEWAY or MANUAL' })
  origin!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it is INTENT_INVALID (the openIMIS code first) or REJECTED (a code first)' })
  rejectedReason!: string | null;

  @Field(() => ID, { nullable: true, description: 'A rejected receipt: the intent it was meant for' })
  intentId!: string | null;

  @Field(() => [PaymentDetailModel])
  details!: PaymentDetailModel[];

  @Field(() => Int)
  version!: number;

  @Field({ description: 'ISO 8601' })
  createdAt!: string;
}

@ObjectType('PaymentConnection')
export class PaymentConnection extends Connection(PaymentModel, 'Payment') {}

@ObjectType('PaymentPayload', { description: 'The payment after the change (a rejected receipt: its REJECTED row), and why it was refused.' })
export class PaymentPayload extends MutationPayload(PaymentModel, 'payment', { description: 'Null when refused before anything was recorded' }) {}

@ObjectType('PaymentMatchingJob', { description: 'A bulk matching run, queued' })
export class PaymentMatchingJobModel {
  @Field(() => ID, { description: 'The matching job (libs/jobs); its payments turn MATCHED or REJECTED as it runs' })
  jobId!: string;
}

@ObjectType('PaymentMatchingPayload')
export class PaymentMatchingPayload extends MutationPayload(PaymentMatchingJobModel, 'matching', { description: 'The queued job; null when refused' }) {}

@InputType('PaymentFilterInput')
export class PaymentFilterInput {
  @Field(() => PaymentStatusEnum, { nullable: true })
  status?: PaymentStatus | null;

  @Field(() => String, { nullable: true })
  controlNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Payments with a detail for this insurance number' })
  insuranceNumber?: string | null;
}

@InputType('PaymentIntentDetailInput')
export class PaymentIntentDetailInput {
  @Field({ description: 'The insurance number (CHF id) of a member of the family; blank: refused with code 2' })
  insuranceNumber!: string;

  @Field()
  productCode!: string;

  @Field()
  isRenewal!: boolean;

  @Field(() => MoneyScalar, { nullable: true, description: 'What is paid for this line, when the family is not known yet' })
  amount?: string | null;
}

@InputType('CreatePaymentIntentInput')
export class CreatePaymentIntentInput extends MutationInput {
  @Field(() => String, { nullable: true, description: 'The enrolment officer; absent: a self-payer' })
  officerCode?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  language?: string | null;

  @Field({ defaultValue: false })
  smsRequired!: boolean;

  @Field(() => [PaymentIntentDetailInput])
  details!: PaymentIntentDetailInput[];
}

@InputType('RequestControlNumberInput')
export class RequestControlNumberInput extends MutationInput {
  @Field(() => ID)
  paymentId!: string;
}

@InputType('ReceivedPaymentDetailInput')
export class ReceivedPaymentDetailInput {
  @Field()
  insuranceNumber!: string;

  @Field()
  productCode!: string;
}

@InputType('ReceivePaymentInput')
export class ReceivePaymentInput extends MutationInput {
  @Field(() => String, { nullable: true, description: 'The intent’s control number; absent: a payment without intent (give its details)' })
  controlNumber?: string | null;

  @Field(() => MoneyScalar)
  amount!: string;

  @Field()
  transactionNo!: string;

  @Field(() => String, { nullable: true })
  receiptNo?: string | null;

  @Field(() => LocalDateScalar)
  paymentDate!: string;

  @Field(() => String, { nullable: true })
  officerCode?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => [ReceivedPaymentDetailInput], { nullable: true })
  details?: ReceivedPaymentDetailInput[] | null;
}

@InputType('MatchPaymentsInput')
export class MatchPaymentsInput extends MutationInput {}
