import type { PaymentState } from '@imis/contracts';
import type { NoticeOutcome } from '@imis/notification';
import type { FeedbackKind } from '../domain/payment-feedback';
import type { PaymentDetail } from '../infrastructure/payment-detail.entity';
import type { PaymentNotification } from '../infrastructure/payment-notification.entity';
import type { Payment } from '../infrastructure/payment.entity';

/** A payment as the API returns it and as its events carry it (plus what only the API shows). */
export interface PaymentView extends PaymentState {
  officerCode: string | null;
  surplusAmount: string | null;
  intentId: string | null;
  createdAt: string;
}

const money = (value: string | null) => (value === null ? null : Number(value).toFixed(2));

/** The contract's state of a payment (every payment event carries it); `version`: the one its pending flush will give it. */
export function paymentState(payment: Payment, details: readonly PaymentDetail[], version = payment.version): PaymentState {
  return {
    id: payment.id,
    status: payment.status,
    officerId: payment.officerId,
    phone: payment.phone,
    language: payment.language,
    smsRequired: payment.smsRequired,
    expectedAmount: money(payment.expectedAmount),
    receivedAmount: money(payment.receivedAmount),
    controlNumber: payment.controlNumber,
    transactionNo: payment.transactionNo,
    receiptNo: payment.receiptNo,
    paymentDate: payment.paymentDate,
    receivedAt: payment.receivedAt?.toISOString() ?? null,
    matchedAt: payment.matchedAt?.toISOString() ?? null,
    origin: payment.origin,
    rejectedReason: payment.rejectedReason,
    details: [...details]
      .sort((a, b) => a.position - b.position)
      .map((detail) => ({
        id: detail.id,
        insuranceNumber: detail.insuranceNumber,
        productCode: detail.productCode,
        policyStage: detail.policyStage,
        expectedAmount: money(detail.expectedAmount),
        amount: money(detail.amount),
        policyId: detail.policyId,
        premiumId: detail.premiumId,
        renewalPolicyId: detail.renewalPolicyId,
      })),
    version,
  };
}

export function paymentView(payment: Payment, details: readonly PaymentDetail[]): PaymentView {
  return {
    ...paymentState(payment, details),
    officerCode: payment.officerCode,
    surplusAmount: money(payment.surplusAmount),
    intentId: payment.intentId,
    createdAt: payment.createdAt.toISOString(),
  };
}

/** A feedback notice of a payment as the API returns it. */
export interface PaymentNotificationView {
  id: string;
  kind: FeedbackKind;
  phone: string;
  language: string | null;
  message: string;
  channel: string;
  outcome: NoticeOutcome;
  createdAt: string;
}

export function paymentNotificationView(row: PaymentNotification): PaymentNotificationView {
  const { id, kind, phone, language, message, channel, outcome } = row;
  return { id, kind, phone, language, message, channel, outcome, createdAt: row.createdAt.toISOString() };
}
