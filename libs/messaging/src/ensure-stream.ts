import {
  DiscardPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  RetentionPolicy,
  StorageType,
  type JetStreamManager,
  type StreamConfig,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/nats-core';
import { dlqStreamName, serviceSubjects, streamName, subjectOf } from './naming';

/** JetStream drops a re-published message id seen within this window (the outbox relay relies on it). */
export const DUPLICATE_WINDOW_MS = 5 * 60 * 1000;

export interface StreamTarget {
  prefix: string;
  service: string;
  /** Copies kept by a clustered JetStream (1 on a single server). */
  replicas?: number;
}

/**
 * Creates or updates a service's event stream: file storage, kept without age limit because projections
 * rebuild from its first message. Idempotent, and safe when producer and consumers race to create it.
 */
export async function ensureStream(jsm: JetStreamManager, target: StreamTarget): Promise<string> {
  const name = streamName(target.prefix, target.service);
  await upsertStream(jsm, {
    name,
    subjects: [serviceSubjects(target.prefix, target.service)],
    description: `Domain events of the ${target.service} service`,
    num_replicas: target.replicas ?? 1,
  });
  return name;
}

/** The dead-letter stream shared by every consumer (`<prefix>imis.dlq.>`). */
export async function ensureDlqStream(jsm: JetStreamManager, prefix: string, replicas = 1): Promise<string> {
  const name = dlqStreamName(prefix);
  await upsertStream(jsm, {
    name,
    subjects: [subjectOf(prefix, 'imis.dlq.>')],
    description: 'Events that consumers failed to handle after their last delivery',
    num_replicas: replicas,
  });
  return name;
}

async function upsertStream(jsm: JetStreamManager, config: Pick<StreamConfig, 'name' | 'subjects' | 'description' | 'num_replicas'>): Promise<void> {
  const full: Partial<StreamConfig> & { name: string } = {
    ...config,
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    discard: DiscardPolicy.Old,
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
  };
  const existing = await streamInfo(jsm, config.name);
  if (!existing) {
    try {
      await jsm.streams.add(full);
      return;
    } catch (error) {
      if (!(await streamInfo(jsm, config.name))) throw error; // else created meanwhile by another process
    }
  }
  const current = (await jsm.streams.info(config.name)).config;
  const missingSubject = config.subjects.some((subject) => !current.subjects?.includes(subject));
  if (missingSubject || current.duplicate_window < nanos(DUPLICATE_WINDOW_MS)) {
    await jsm.streams.update(config.name, {
      ...current,
      subjects: [...new Set([...(current.subjects ?? []), ...config.subjects])],
      duplicate_window: Math.max(current.duplicate_window, nanos(DUPLICATE_WINDOW_MS)),
    });
  }
}

async function streamInfo(jsm: JetStreamManager, name: string): Promise<unknown> {
  try {
    return await jsm.streams.info(name);
  } catch (error) {
    if (error instanceof JetStreamApiError && error.code === JetStreamApiCodes.StreamNotFound) return undefined;
    throw error;
  }
}
