import { Logger } from '@nestjs/common';
import type { Notice, NoticeOutcome } from './notice';
import type { Notifier } from './notifier';

/** One text message as an SMS gateway receives it. `id` is the notice's: the gateway's idempotency key. */
export interface SmsMessage {
  readonly id: string;
  readonly phone: string;
  readonly language: string | null;
  readonly text: string;
}

/**
 * What a scheme writes for its SMS provider (an HTTP API, an SMPP bridge…): accept one message or throw.
 * Register it under a name in `notifierAdapters` (notifier-adapters.ts) wrapped in an `SmsNotifier`.
 */
export interface SmsGateway {
  send(message: SmsMessage): Promise<void>;
}

/**
 * The SMS adapter of the Notifier port over a scheme's SmsGateway: each notice with a phone is handed to the
 * gateway (SENT, or FAILED when it throws); a notice without a phone is FAILED without a call.
 */
export class SmsNotifier implements Notifier {
  private readonly logger = new Logger('SmsNotifier');

  constructor(
    private readonly gateway: SmsGateway,
    readonly channel = 'sms',
  ) {}

  async send(notices: readonly Notice[]): Promise<NoticeOutcome[]> {
    const outcomes: NoticeOutcome[] = [];
    for (const notice of notices) outcomes.push(await this.deliver(notice));
    return outcomes;
  }

  private async deliver({ id, recipient, text }: Notice): Promise<NoticeOutcome> {
    if (!recipient.phone) return 'FAILED';
    try {
      await this.gateway.send({ id, phone: recipient.phone, language: recipient.language, text });
      return 'SENT';
    } catch (error) {
      this.logger.warn(`SMS ${id} not accepted: ${error instanceof Error ? error.message : String(error)}`);
      return 'FAILED';
    }
  }
}
