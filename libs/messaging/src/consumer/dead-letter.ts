import type { JetStreamClient, JsMsg } from '@nats-io/jetstream';
import { headers } from '@nats-io/nats-core';
import { errorMessage, type MessagingLogger } from '../logger';
import { sleep } from '../timing';
import { eventsHandled } from '../metrics';

/** A consumer's dead-letter subject: copies of the events it gave up on, with why and where they came from. */
export class DeadLetterQueue {
  constructor(
    private readonly js: JetStreamClient,
    private readonly subject: string,
    private readonly consumer: string,
    private readonly logger: MessagingLogger,
  ) {}

  /** Publishes the message to the dead-letter subject, then terminates it (no further delivery). */
  async send(msg: JsMsg, error: unknown): Promise<void> {
    const reason = errorMessage(error);
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        await this.publish(msg, reason);
        msg.term(); // no reason text: NATS 2.9 servers ignore "+TERM <reason>"
        eventsHandled.inc({ consumer: this.consumer, outcome: 'dead_lettered' });
        this.logger.error(`consumer ${this.consumer}: ${msg.subject} #${msg.info.streamSequence} dead-lettered to ${this.subject}: ${reason}`);
        return;
      } catch (publishError) {
        if (attempt < 3) await sleep(500 * attempt);
        else this.logger.error(`consumer ${this.consumer}: could not dead-letter #${msg.info.streamSequence} (${errorMessage(publishError)}); left unacknowledged`);
      }
    }
  }

  private async publish(msg: JsMsg, reason: string): Promise<void> {
    const h = headers();
    h.set('Imis-Consumer', this.consumer);
    h.set('Imis-Error', reason.replace(/[\r\n]+/g, ' ').slice(0, 1000));
    h.set('Imis-Original-Subject', msg.subject);
    h.set('Imis-Original-Stream', msg.info.stream);
    h.set('Imis-Original-Sequence', String(msg.info.streamSequence));
    h.set('Imis-Deliveries', String(msg.info.deliveryCount));
    const msgID = `${this.consumer}:${msg.info.stream}:${msg.info.streamSequence}`;
    await this.js.publish(this.subject, msg.data, { headers: h, msgID, timeout: 5000 });
  }
}
