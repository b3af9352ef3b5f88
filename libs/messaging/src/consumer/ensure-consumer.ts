import { AckPolicy, DeliverPolicy, JetStreamApiCodes, JetStreamApiError, ReplayPolicy, type JetStreamManager } from '@nats-io/jetstream';
import { nanos } from '@nats-io/nats-core';

export interface DurableConsumerConfig {
  name: string;
  filterSubject?: string;
  maxDeliver: number;
  ackWaitMs: number;
  maxAckPending: number;
}

/**
 * Creates the durable pull consumer, delivering from the stream's first message on creation (a fresh
 * projection catches up from the start), or updates its limits when it exists.
 */
export async function ensureConsumer(jsm: JetStreamManager, stream: string, config: DurableConsumerConfig): Promise<void> {
  const limits = { max_deliver: config.maxDeliver, ack_wait: nanos(config.ackWaitMs), max_ack_pending: config.maxAckPending };
  try {
    const current = (await jsm.consumers.info(stream, config.name)).config;
    if (current.max_deliver !== limits.max_deliver || current.ack_wait !== limits.ack_wait || current.max_ack_pending !== limits.max_ack_pending) {
      await jsm.consumers.update(stream, config.name, limits);
    }
  } catch (error) {
    if (!(error instanceof JetStreamApiError && error.code === JetStreamApiCodes.ConsumerNotFound)) throw error;
    await jsm.consumers.add(stream, {
      durable_name: config.name,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      replay_policy: ReplayPolicy.Instant,
      ...(config.filterSubject ? { filter_subject: config.filterSubject } : {}),
      ...limits,
    });
  }
}
