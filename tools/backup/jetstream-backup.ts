import { createWriteStream } from 'fs';
import { once } from 'events';
import { DeliverPolicy, JetStreamApiCodes, JetStreamApiError, type JetStreamClient, type JetStreamManager, type StreamInfo } from '@nats-io/jetstream';
import type { SavedConsumer } from './manifest';

/** One message as a line of a stream file. */
export interface SavedMessage {
  seq: number;
  subject: string;
  /** Every header value, in order (a header may repeat). */
  headers?: [string, string][];
  /** The payload, base64. */
  data: string;
  /** When the stream stored it (a restored stream stores it anew: this is for the record). */
  time: string;
}

export async function streamInfoOrUndefined(jsm: JetStreamManager, name: string): Promise<StreamInfo | undefined> {
  try {
    return await jsm.streams.info(name);
  } catch (error) {
    if (error instanceof JetStreamApiError && error.code === JetStreamApiCodes.StreamNotFound) return undefined;
    throw error;
  }
}

/** The durable consumers of a stream with their positions (ephemeral ones, readers like this one, are left out). */
export async function saveConsumers(jsm: JetStreamManager, stream: string): Promise<SavedConsumer[]> {
  const consumers: SavedConsumer[] = [];
  for await (const info of jsm.consumers.list(stream)) {
    if (!info.config.durable_name) continue;
    consumers.push({ config: info.config, ackFloor: info.ack_floor.stream_seq, numPending: info.num_pending, numAckPending: info.num_ack_pending });
  }
  return consumers.sort((a, b) => a.config.durable_name!.localeCompare(b.config.durable_name!));
}

/**
 * Writes every message of the stream up to its last sequence now, one JSON line each, through an ordered
 * consumer (no acknowledgement, nothing left behind on the server). Returns the stream's state it read to.
 */
export async function saveMessages(js: JetStreamClient, jsm: JetStreamManager, stream: string, file: string): Promise<StreamInfo> {
  const info = await jsm.streams.info(stream);
  const out = createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, 'drain');
  };
  try {
    if (info.state.messages > 0) {
      const consumer = await js.consumers.get(stream, { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: info.state.first_seq });
      const messages = await consumer.consume({ max_messages: 500 });
      for await (const message of messages) {
        const headers = message.headers?.keys().flatMap((name: string) => message.headers!.values(name).map((value: string): [string, string] => [name, value]));
        const saved: SavedMessage = {
          seq: message.seq,
          subject: message.subject,
          ...(headers?.length ? { headers } : {}),
          data: Buffer.from(message.data).toString('base64'),
          time: message.time.toISOString(),
        };
        await write(`${JSON.stringify(saved)}\n`);
        // Nothing pending: the messages up to the last sequence read at the start were deleted meanwhile.
        if (message.seq >= info.state.last_seq || message.info.pending === 0) break;
      }
      await messages.close();
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
  return info;
}
