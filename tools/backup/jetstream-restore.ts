import { createReadStream } from 'fs';
import { createInterface } from 'readline';
import { DeliverPolicy, type ConsumerConfig, type JetStreamClient, type JetStreamManager, type StreamConfig } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/nats-core';
import { reprefixHeader, reprefixSubject } from './event-prefix';
import type { SavedMessage } from './jetstream-backup';
import type { SavedConsumer, SavedStream } from './manifest';
import { type PlannedPublish, publishes, startSequence } from './sequence-plan';

const WINDOW = 256;
const FILLER = 'imis-backup-filler';

export interface StreamTarget {
  name: string;
  from: string;
  to: string;
  /** Old stream name → new, for the headers of dead letters. */
  streamNames: ReadonlyMap<string, string>;
}

/**
 * Recreates a saved stream with the same configuration, messages, headers and sequence numbers (under `to`'s
 * prefix), then its durable consumers from just after their saved acknowledgement floor.
 */
export async function restoreStream(js: JetStreamClient, jsm: JetStreamManager, file: string, saved: SavedStream, target: StreamTarget): Promise<void> {
  const subjects = (saved.config.subjects ?? []).map((subject) => reprefixSubject(subject, target.from, target.to));
  // Purging and deleting fillers need a stream that allows them: its saved denials come back at the end (the
  // platform seals no stream; one sealed would come back unsealed).
  const config: StreamConfig = { ...saved.config, name: target.name, subjects, sealed: false, deny_delete: false, deny_purge: false };
  delete (config as Partial<StreamConfig>).first_seq;
  await jsm.streams.add(config);

  const startAt = startSequence(saved);
  if (startAt) await jsm.streams.purge(target.name, { seq: startAt });
  const filler = fillerSubject(subjects);
  const seenIds = new Set<string>();
  const fillers: number[] = [];
  let window: PlannedPublish<SavedMessage>[] = [];
  const flush = async () => {
    const acks = await Promise.all(
      window.map((step) =>
        step.kind === 'filler'
          ? js.publish(filler, new Uint8Array())
          : js.publish(reprefixSubject(step.message.subject, target.from, target.to), Buffer.from(step.message.data, 'base64'), { headers: headersOf(step.message, target, seenIds) }),
      ),
    );
    acks.forEach((ack, index) => {
      if (ack.seq !== window[index].seq) throw new Error(`stream ${target.name}: message ${window[index].seq} was stored as ${ack.seq}${ack.duplicate ? ' (a duplicate)' : ''}`);
    });
    fillers.push(...window.filter((step) => step.kind === 'filler').map((step) => step.seq));
    window = [];
  };
  for await (const step of publishes(saved, readMessages(file))) {
    window.push(step);
    if (window.length >= WINDOW) await flush();
  }
  await flush();
  for (const seq of fillers) await jsm.streams.deleteMessage(target.name, seq, false);
  if (saved.config.deny_delete || saved.config.deny_purge) await jsm.streams.update(target.name, { deny_delete: saved.config.deny_delete, deny_purge: saved.config.deny_purge });
  for (const consumer of saved.consumers) await jsm.consumers.add(target.name, consumerConfig(consumer, target));
}

/** The saved consumer, delivering from the first message it had not acknowledged. */
export function consumerConfig(saved: SavedConsumer, target: Pick<StreamTarget, 'from' | 'to'>): ConsumerConfig {
  const config: ConsumerConfig = { ...saved.config, deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: saved.ackFloor + 1 };
  delete config.opt_start_time;
  if (config.filter_subject) config.filter_subject = reprefixSubject(config.filter_subject, target.from, target.to);
  if (config.filter_subjects) config.filter_subjects = config.filter_subjects.map((subject) => reprefixSubject(subject, target.from, target.to));
  return config;
}

/** Headers as saved; a message id seen earlier in the stream is not sent as one (JetStream would drop the message). */
function headersOf(message: SavedMessage, target: StreamTarget, seenIds: Set<string>) {
  if (!message.headers?.length) return undefined;
  const result = natsHeaders();
  for (const [name, value] of message.headers) {
    if (name === 'Nats-Msg-Id') {
      if (seenIds.has(value)) continue;
      seenIds.add(value);
    }
    result.append(name, reprefixHeader(name, value, target.from, target.to, target.streamNames));
  }
  return result;
}

/** A subject the stream captures, for fillers: its first wildcard subject with a last token of our own. */
function fillerSubject(subjects: string[]): string {
  const subject = subjects[0];
  if (!subject) throw new Error('a stream without subjects cannot be restored');
  return subject.endsWith('>') || subject.endsWith('*') ? `${subject.slice(0, -1)}${FILLER}` : subject;
}

async function* readMessages(file: string): AsyncGenerator<SavedMessage> {
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (line.trim()) yield JSON.parse(line) as SavedMessage;
  }
}
