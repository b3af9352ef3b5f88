import type { Notice, NoticeOutcome } from './notice';

/**
 * The port through which notices leave a service (openIMIS sends SMS to officers, family heads and payers).
 * The caller stores each notice with the adapter's outcome in its own transaction; the adapter only delivers.
 * It is called inside that transaction: keep it quick (hand the messages to a gateway, do not wait for
 * handsets), and deduplicate on `notice.id`, since a rolled-back attempt sends the same ids again.
 */
export interface Notifier {
  /** Recorded with the notices: the adapter's name (`log`, `memory`, `sms`…). */
  readonly channel: string;
  /** One outcome per notice, in order. */
  send(notices: readonly Notice[]): Promise<NoticeOutcome[]>;
}

/** Nest token of the process's Notifier (NotificationModule provides it). */
export const NOTIFIER = Symbol('Notifier');

/**
 * Sends through the adapter without letting it fail the caller's work: an adapter that throws, or answers
 * fewer outcomes than notices, gives FAILED for the notices concerned (the caller stores them as such).
 */
export async function deliverNotices(notifier: Notifier, notices: readonly Notice[], onError?: (error: unknown) => void): Promise<NoticeOutcome[]> {
  if (notices.length === 0) return [];
  try {
    const outcomes = await notifier.send(notices);
    return notices.map((_, index) => outcomes[index] ?? 'FAILED');
  } catch (error) {
    onError?.(error);
    return notices.map(() => 'FAILED');
  }
}
