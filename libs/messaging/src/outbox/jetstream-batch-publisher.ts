import { createInbox, headers, type Msg, type NatsConnection, type Subscription } from '@nats-io/nats-core';

export interface OutgoingMessage {
  subject: string;
  payload: string;
  /** Nats-Msg-Id: JetStream drops a second message with the same id within the stream's duplicate window. */
  msgID: string;
}

export interface BatchResult {
  /** msgIDs JetStream stored (or recognised as duplicates), in acknowledgement order. */
  acked: string[];
  error?: Error;
}

type Settle = (error?: Error) => void;

/**
 * Asynchronous JetStream publishing: every publication's ack arrives on one wildcard inbox, so no
 * request object, timer or error stack is created per message (the client's `js.publish` does, and it
 * dominated the relay's CPU time).
 */
export class JetStreamBatchPublisher {
  private readonly inbox = createInbox();
  private readonly pending = new Map<string, Settle>();
  private subscription?: Subscription;
  private sequence = 0;

  constructor(private readonly nc: NatsConnection) {}

  /**
   * Publishes in order with at most `window` awaiting their ack; after a failure no further message is
   * issued. Resolves once every issued message is acked, failed, or silent for `timeoutMs`.
   */
  publishAll(messages: OutgoingMessage[], window: number, timeoutMs: number): Promise<BatchResult> {
    return new Promise((resolve) => {
      const acked: string[] = [];
      const issued = new Set<string>();
      let next = 0;
      let error: Error | undefined;
      const finish = (): void => {
        if (issued.size > 0 || (next < messages.length && !error)) return;
        clearTimeout(timer);
        resolve({ acked, error });
      };
      const timer = setTimeout(() => {
        error ??= new Error(`JetStream did not acknowledge ${issued.size} publication(s) within ${timeoutMs} ms`);
        for (const token of issued) this.pending.delete(token);
        issued.clear();
        finish();
      }, timeoutMs);
      const issue = (): void => {
        while (issued.size < window && next < messages.length && !error) {
          const message = messages[next++];
          const token = String(++this.sequence);
          issued.add(token);
          this.pending.set(token, (failure) => {
            issued.delete(token);
            if (failure) error ??= failure;
            else acked.push(message.msgID);
            timer.refresh();
            issue();
          });
          try {
            this.subscribe();
            const h = headers();
            h.set('Nats-Msg-Id', message.msgID);
            this.nc.publish(message.subject, message.payload, { reply: `${this.inbox}.${token}`, headers: h });
          } catch (failure) {
            this.pending.delete(token);
            issued.delete(token);
            error ??= failure as Error;
          }
        }
        finish();
      };
      issue();
    });
  }

  close(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }

  private subscribe(): void {
    if (this.subscription && !this.subscription.isClosed()) return;
    this.subscription = this.nc.subscribe(`${this.inbox}.*`, { callback: (error, msg) => this.onReply(error, msg) });
  }

  private onReply(error: Error | null, msg: Msg): void {
    if (error || !msg) return;
    const token = msg.subject.slice(this.inbox.length + 1);
    const settle = this.pending.get(token);
    if (!settle) return; // timed out already
    this.pending.delete(token);
    if (msg.data.length === 0 && msg.headers?.code === 503) return settle(new Error('no JetStream stream captures this subject (no responders)'));
    try {
      const ack = msg.json<{ error?: { description?: string } }>();
      settle(ack.error ? new Error(`JetStream refused the publication: ${ack.error.description ?? 'unknown error'}`) : undefined);
    } catch (failure) {
      settle(failure as Error);
    }
  }
}
