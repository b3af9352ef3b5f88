import { createHash } from 'crypto';

/** SENT: handed to a gateway that accepted it; LOGGED: only written to the log (the default adapter); FAILED: not delivered. */
export const NOTICE_OUTCOMES = ['SENT', 'LOGGED', 'FAILED'] as const;
export type NoticeOutcome = (typeof NOTICE_OUTCOMES)[number];

/** Who a notice goes to: a kind the service names (`OFFICER`, `FAMILY_HEAD`, `PAYER`…), its id when known, where to reach it. */
export interface NoticeRecipient {
  readonly kind: string;
  readonly id: string | null;
  /** Null: the service knows no phone (an SMS adapter cannot deliver it). */
  readonly phone: string | null;
  /** The recipient's language code (openIMIS `languageName`, at most 5 characters); null: the scheme's default. */
  readonly language: string | null;
}

/** What a notice is about, e.g. `{ type: 'PAYMENT', id }`: an adapter may render its own text from the record it names. */
export interface NoticeReference {
  readonly type: string;
  readonly id: string;
}

/**
 * One message for one recipient. `id` is stable across retries of the work that produced it (see
 * `stableNoticeId`): a delivering adapter uses it as its idempotency key.
 */
export interface Notice {
  readonly id: string;
  readonly recipient: NoticeRecipient;
  /** The text in the scheme's default wording (English); an adapter may translate it by `recipient.language`. */
  readonly text: string;
  readonly reference: NoticeReference;
}

/**
 * A UUID (version 8, RFC 9562) derived from its parts, e.g. (`payment`, paymentId, `MATCHED`): the same parts
 * always give the same id, so a retried job hands the adapter the same idempotency key.
 */
export function stableNoticeId(...parts: readonly string[]): string {
  const bytes = createHash('sha256').update(parts.join('\u0000')).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
