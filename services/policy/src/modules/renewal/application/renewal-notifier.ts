import { Inject, Injectable } from '@nestjs/common';
import { type Notice, type NoticeOutcome, NOTIFIER, type Notifier } from '@imis/notification';
import type { RenewalNotice } from '../domain/renewal-notice';

/** A renewal notice as the Notifier port carries it: about the policy, to the officer or the family head. */
export function renewalNoticeOf(notice: RenewalNotice): Notice {
  return {
    id: notice.id,
    recipient: { kind: notice.recipient, id: notice.recipientId, phone: notice.phone, language: null },
    text: notice.message,
    reference: { type: 'POLICY', id: notice.policyId },
  };
}

/**
 * Renewal notices through the process's Notifier (@imis/notification, POLICY_RENEWAL_NOTIFIER). The job
 * stores each notice with the adapter's outcome (policy_renewal_notification) in its transaction; the
 * adapter only delivers, idempotent on the notice id.
 */
@Injectable()
export class RenewalNotifier {
  constructor(@Inject(NOTIFIER) private readonly notifier: Notifier) {}

  /** Recorded as the notices' channel. */
  get channel(): string {
    return this.notifier.channel;
  }

  /** One outcome per notice, in order. */
  send(notices: readonly RenewalNotice[]): Promise<NoticeOutcome[]> {
    return this.notifier.send(notices.map(renewalNoticeOf));
  }
}
