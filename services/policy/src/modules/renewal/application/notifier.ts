import type { NoticeOutcome, RenewalNotice } from '../domain/renewal-notice';

/**
 * The port through which renewal notices leave the service (openIMIS sends SMS to the officer and the
 * family head). The job stores each notice with the adapter's outcome (policy_renewal_notification) in its
 * transaction; the adapter only delivers. Calls happen inside that transaction: a retried run sends again
 * with the same notice ids, so a delivering adapter should use `notice.id` as its idempotency key.
 */
export interface Notifier {
  /** Recorded as the notices' channel. */
  readonly channel: string;
  /** One outcome per notice, in order. */
  send(notices: readonly RenewalNotice[]): Promise<NoticeOutcome[]>;
}

/** Nest token of the process's Notifier. */
export const NOTIFIER = Symbol('Notifier');
