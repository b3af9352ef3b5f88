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
  consumers?: Pick<EventConsumerOptions, 'maxDeliver' | 'ackWaitMs' | 'nakDelayMs' | 'batchSize' | 'inboxRetentionMs'>;
  /** Replicas of the streams this process creates (1 on a single NATS server). */
  streamReplicas?: number;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
export const NATS_CONNECTION = Symbol('NATS_CONNECTION');

/** The environment variables every service process sets its messaging from (serviceEnvSchema of @imis/config). */
export interface MessagingEnv {
  NATS_URL: string;
  EVENT_PREFIX: string;
  OUTBOX_BATCH_SIZE: number;
  OUTBOX_POLL_MS: number;
  CONSUMER_MAX_DELIVER: number;
}

/** A service's messaging options from its environment: `MessagingModule.forRoot(messagingOptionsFrom('location', env))`. */
export function messagingOptionsFrom(service: string, env: MessagingEnv): MessagingModuleOptions {
  return {
    service,
    natsUrl: env.NATS_URL,
    prefix: env.EVENT_PREFIX,
    relay: { batchSize: env.OUTBOX_BATCH_SIZE, pollMs: env.OUTBOX_POLL_MS },
    consumers: { maxDeliver: env.CONSUMER_MAX_DELIVER },
  };
}
