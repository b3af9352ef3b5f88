import { Logger } from '@nestjs/common';
import type { Notice, NoticeOutcome } from './notice';
import type { Notifier } from './notifier';

/** The last three characters of a phone number: enough to tell recipients apart in a log, not to call them. */
export const maskPhone = (phone: string | null): string => (phone === null ? 'no phone' : `…${phone.slice(-3)}`);

/** The default Notifier: writes each notice to the log (phones masked); the caller stores it as usual. */
export class LoggingNotifier implements Notifier {
  readonly channel = 'log';
  private readonly logger: Logger;

  constructor(context = 'Notices') {
    this.logger = new Logger(context);
  }

  async send(notices: readonly Notice[]): Promise<NoticeOutcome[]> {
    for (const { id, recipient, reference, text } of notices) {
      this.logger.log(`Notice ${id} about ${reference.type} ${reference.id} to ${recipient.kind} ${recipient.id ?? '-'} (${maskPhone(recipient.phone)}): ${text}`);
    }
    return notices.map(() => 'LOGGED');
  }
}
