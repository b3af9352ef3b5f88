import { randomBytes } from 'crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { dlqStreamName } from '@imis/messaging';

/**
 * An EVENT_PREFIX of its own for one bench run (`b1a2b3c4.`): the services' durable consumers start on empty
 * streams, whatever earlier runs left.
 */
export function freshEventPrefix(): string {
  return `b${randomBytes(4).toString('hex')}.`;
}

/**
 * A fresh EVENT_PREFIX for this bench run and what deletes its streams once its processes stopped (never the same
 * prefix for two benches: one's services would consume the other's events, e.g. claim usage into the eligibility seed).
 */
export function benchEventPrefix(natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222'): { prefix: string; deleteStreams(): Promise<void> } {
  const prefix = freshEventPrefix();
  return {
    prefix,
    deleteStreams: async () => {
      await deleteStreamsOfPrefix(natsUrl, prefix).catch((error: unknown) => console.error(`Deleting the streams of ${prefix} failed:`, error));
    },
  };
}

/** Every JetStream stream of the prefix (services' streams and dead letters) with its message count. */
export async function streamsOfPrefix(natsUrl: string, prefix: string): Promise<Map<string, number>> {
  const nc = await connect({ servers: natsUrl });
  try {
    const jsm = await jetstreamManager(nc);
    const namePrefix = dlqStreamName(prefix).slice(0, -'DLQ'.length);
    const streams = new Map<string, number>();
    for await (const info of jsm.streams.list()) if (info.config.name.startsWith(namePrefix)) streams.set(info.config.name, info.state.messages);
    return streams;
  } finally {
    await nc.close();
  }
}

/** Messages in the prefix's dead-letter stream (0 when it does not exist). */
export async function deadLetters(natsUrl: string, prefix: string): Promise<number> {
  return (await streamsOfPrefix(natsUrl, prefix)).get(dlqStreamName(prefix)) ?? 0;
}

/** Deletes the prefix's streams (their durable consumers go with them); the names deleted. */
export async function deleteStreamsOfPrefix(natsUrl: string, prefix: string): Promise<string[]> {
  const names = [...(await streamsOfPrefix(natsUrl, prefix)).keys()];
  const nc = await connect({ servers: natsUrl });
  try {
    const jsm = await jetstreamManager(nc);
    for (const name of names) await jsm.streams.delete(name).catch(() => undefined);
    return names;
  } finally {
    await nc.close();
  }
}
