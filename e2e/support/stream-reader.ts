import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { dlqStreamName, streamName } from '@imis/messaging';

export interface StoredEvent {
  subject: string;
  type: string;
  subjectId: string;
  data: Record<string, unknown>;
  msgId: string | undefined;
}

/** Reads what a service published on its JetStream stream (the scenario's own prefix only). */
export class StreamReader {
  private constructor(
    private readonly connection: NatsConnection,
    private readonly manager: JetStreamManager,
    private readonly prefix: string,
  ) {}

  static async connect(natsUrl: string, prefix: string): Promise<StreamReader> {
    const connection = await connect({ servers: natsUrl });
    return new StreamReader(connection, await jetstreamManager(connection), prefix);
  }

  /** Every event on the service's stream, waiting until at least `atLeast` are there (fails when they never come). */
  async events(service: string, atLeast: number, timeoutMs = 15_000): Promise<StoredEvent[]> {
    const name = streamName(this.prefix, service);
    const deadline = Date.now() + timeoutMs;
    let count = 0;
    while (Date.now() < deadline) {
      count = await this.messageCount(name);
      if (count >= atLeast) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    if (count < atLeast) throw new Error(`stream ${name}: ${count} events after ${timeoutMs} ms, expected at least ${atLeast}`);
    const events: StoredEvent[] = [];
    for (let seq = 1; seq <= count; seq++) {
      const message = await this.manager.streams.getMessage(name, { seq });
      if (!message) continue;
      const event = message.json<{ type: string; subject: string; data: Record<string, unknown> }>();
      events.push({ subject: message.subject, type: event.type, subjectId: event.subject, data: event.data, msgId: message.header?.get('Nats-Msg-Id') });
    }
    return events;
  }

  /** Deletes the scenario's streams and closes the connection. */
  async removeStreams(services: string[]): Promise<void> {
    for (const name of [...services.map((service) => streamName(this.prefix, service)), dlqStreamName(this.prefix)]) {
      await this.manager.streams.delete(name).catch(() => undefined);
    }
    await this.connection.close();
  }

  private async messageCount(name: string): Promise<number> {
    try {
      return (await this.manager.streams.info(name)).state.messages;
    } catch {
      return 0; // not created yet
    }
  }
}
