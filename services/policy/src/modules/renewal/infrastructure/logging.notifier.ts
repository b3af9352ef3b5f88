import { Logger } from '@nestjs/common';
import type { NoticeOutcome, RenewalNotice } from '../domain/renewal-notice';
import type { Notifier } from '../application/notifier';

/** The default Notifier: writes each notice to the log (the job stores it as a notification row). */
export class LoggingNotifier implements Notifier {
  readonly channel = 'log';
  private readonly logger = new Logger('RenewalNotices');

  async send(notices: readonly RenewalNotice[]): Promise<NoticeOutcome[]> {
    for (const notice of notices) this.logger.log(`Renewal notice ${notice.id} to ${notice.recipient} ${notice.recipientId}: ${notice.message}`);
    return notices.map(() => 'LOGGED');
  }
}

/**
 * The Notifier adapters POLICY_RENEWAL_NOTIFIER chooses from, by name. A scheme with an SMS gateway adds
 * `sms: () => new SmsNotifier(...)` (a class implementing Notifier) here.
 */
export const renewalNotifiers: Readonly<Record<string, () => Notifier>> = {
  log: () => new LoggingNotifier(),
};
