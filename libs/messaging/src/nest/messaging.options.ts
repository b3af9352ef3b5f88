import type { EventConsumerOptions } from '../consumer/event-consumer';
import type { OutboxRelayOptions } from '../outbox/outbox-relay';

export interface MessagingModuleOptions {
  /** This service: its stream is created and its outbox relayed to it. */
  service: string;
  natsUrl: string;
  /** EVENT_PREFIX */
  prefix: string;
  /** Outbox relay settings (OUTBOX_BATCH_SIZE, OUTBOX_POLL_MS); `false` for a process that must not relay. */
  relay?: false | Pick<OutboxRelayOptions, 'batchSize' | 'pollMs' | 'maxInFlight' | 'sentRetentionMs'>;
  /** Defaults for every consumer of the process (CONSUMER_MAX_DELIVER…). */
  consumers?: Pick<EventConsumerOptions, 'maxDeliver' | 'ackWaitMs' | 'nakDelayMs' | 'batchSize'>;
  /** Replicas of the streams this process creates (1 on a single NATS server). */
  streamReplicas?: number;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
