import {
  AckPolicy,
  DeliverPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  ReplayPolicy,
  type ConsumerConfig,
  type ConsumerInfo,
  type JetStreamManager,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/nats-core';

export interface DurableConsumerConfig {
  name: string;
  filterSubject?: string;
  maxDeliver: number;
  ackWaitMs: number;
  maxAckPending: number;
}

/** What ensureConsumer did: `refiltered` when the filter subject changed (the consumer was recreated). */
export type ConsumerChange = 'created' | 'updated' | 'refiltered' | 'unchanged';

/**
 * Creates the durable pull consumer, delivering from the stream's first message on creation (a fresh
 * projection catches up from the start), or updates its limits when it exists. When its filter subject
 * changed (handlers of more event types), it is recreated from the first event it had not acknowledged:
 * NATS 2.9 accepts a filter update but then skips every pending message. Earlier events of newly
 * handled types are not replayed (a consumer under a new name is, from the stream's start).
 */
export async function ensureConsumer(jsm: JetStreamManager, stream: string, config: DurableConsumerConfig): Promise<ConsumerChange> {
  const limits = { max_deliver: config.maxDeliver, ack_wait: nanos(config.ackWaitMs), max_ack_pending: config.maxAckPending };
  const current = await consumerInfo(jsm, stream, config.name);
  if (!current) return add(jsm, stream, config, { ...limits, deliver_policy: DeliverPolicy.All }, 'created');
  if (config.filterSubject !== undefined && current.config.filter_subject !== config.filterSubject) {
    await jsm.consumers.delete(stream, config.name).catch((error: unknown) => {
      if (!isNotFound(error)) throw error; // else another process of the service is recreating it too
    });
    const from = { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: current.ack_floor.stream_seq + 1 };
    return add(jsm, stream, config, { ...limits, ...from }, 'refiltered');
  }
  const { config: set } = current;
  if (set.max_deliver === limits.max_deliver && set.ack_wait === limits.ack_wait && set.max_ack_pending === limits.max_ack_pending) return 'unchanged';
  await jsm.consumers.update(stream, config.name, limits);
  return 'updated';
}

async function add(jsm: JetStreamManager, stream: string, config: DurableConsumerConfig, settings: Partial<ConsumerConfig>, change: ConsumerChange): Promise<ConsumerChange> {
  try {
    await jsm.consumers.add(stream, {
      durable_name: config.name,
      ack_policy: AckPolicy.Explicit,
      replay_policy: ReplayPolicy.Instant,
      ...(config.filterSubject ? { filter_subject: config.filterSubject } : {}),
      ...settings,
    });
    return change;
  } catch (error) {
    // Another process of the service created it meanwhile, with the same filter: nothing left to do.
    const other = await consumerInfo(jsm, stream, config.name);
    if (other && other.config.filter_subject === config.filterSubject) return 'unchanged';
    throw error;
  }
}

async function consumerInfo(jsm: JetStreamManager, stream: string, name: string): Promise<ConsumerInfo | undefined> {
  try {
    return await jsm.consumers.info(stream, name);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof JetStreamApiError && error.code === JetStreamApiCodes.ConsumerNotFound;
}
