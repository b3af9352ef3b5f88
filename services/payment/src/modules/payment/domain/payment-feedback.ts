import { centsToMoney } from '@imis/kernel';

/** The outcomes a payer hears about, at most once each per payment. */
export const FEEDBACK_KINDS = ['MATCHED', 'REJECTED'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export interface FeedbackPayment {
  readonly phone: string | null;
  /** Asked for on the intent (openIMIS SmsRequired); a payment without intent never asks. */
  readonly smsRequired: boolean;
  readonly transactionNo: string | null;
  readonly receivedCents: number;
}

export interface FeedbackLine {
  readonly insuranceNumber: string;
  readonly productCode: string;
  readonly shareCents: number;
  /** What the policy (or its renewal) still lacks after the payment. */
  readonly balanceCents: number;
  readonly paidInAdvance: boolean;
}

export type FeedbackOutcome =
  | { readonly matched: true; readonly lines: readonly FeedbackLine[]; readonly surplusCents: number }
  | { readonly matched: false; readonly reason: string };

export interface Feedback {
  readonly kind: FeedbackKind;
  readonly phone: string;
  readonly text: string;
}

const lineText = ({ insuranceNumber, productCode, shareCents, balanceCents, paidInAdvance }: FeedbackLine): string =>
  `${insuranceNumber} ${productCode}: ${centsToMoney(shareCents)} paid${paidInAdvance ? ' for the renewal' : ''}, ${
    balanceCents > 0 ? `balance ${centsToMoney(balanceCents)}` : paidInAdvance ? 'renewal fully paid' : 'policy fully paid'
  }.`;

/**
 * §5.4 "finish": the SMS a payer gets once matching decided, when the payment asks for it (SMS required and a
 * phone). Matched: each line's share and what its policy still lacks (fully paid: the policy service
 * activates it), and what no policy could take. Rejected: the reason, code first.
 */
export function paymentFeedback(payment: FeedbackPayment, outcome: FeedbackOutcome): Feedback | null {
  if (!payment.smsRequired || !payment.phone) return null;
  const opening = `Payment${payment.transactionNo ? ` ${payment.transactionNo}` : ''} of ${centsToMoney(payment.receivedCents)}`;
  if (!outcome.matched) return { kind: 'REJECTED', phone: payment.phone, text: `${opening} was not matched: ${outcome.reason}. Please contact the scheme.` };
  const surplus = outcome.surplusCents > 0 ? [`Not used: ${centsToMoney(outcome.surplusCents)}.`] : [];
  return { kind: 'MATCHED', phone: payment.phone, text: [`${opening} received.`, ...outcome.lines.map(lineText), ...surplus].join(' ') };
}
