import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { AckPolicy, jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { headers, type NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { dlqStreamName, ensureDlqStream, ensureStream, streamName } from '@imis/messaging';
import { randomEventPrefix, testInfrastructure } from '@imis/testing';
import { saveConsumers, saveMessages, type SavedMessage } from '../jetstream-backup';
import { restoreStream } from '../jetstream-restore';
import type { SavedStream } from '../manifest';

/**
 * A service stream whose first messages were purged and one in the middle deleted, with a durable consumer part
 * way through, and a dead letter naming its original subject and stream: saved, then restored under another
 * event prefix with the same sequence numbers, headers and consumer position.
 */
describe('a stream saved and restored with its sequence numbers and consumers (real NATS)', () => {
  const from = randomEventPrefix();
  const to = randomEventPrefix();
  const directory = mkdtempSync(join(tmpdir(), 'imis-stream-backup-'));
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  let js: JetStreamClient;

  beforeAll(async () => {
    nc = await connect({ servers: (await testInfrastructure()).natsUrl });
    jsm = await jetstreamManager(nc);
    js = jetstream(nc);
  });

  afterAll(async () => {
    for (const name of [streamName(from, 'location'), dlqStreamName(from), streamName(to, 'location'), dlqStreamName(to)]) await jsm.streams.delete(name).catch(() => undefined);
    await nc.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const save = async (name: string, of: SavedStream['of']): Promise<SavedStream> => {
    const consumers = await saveConsumers(jsm, name);
    const path = join(directory, `${name}.jsonl`);
    const info = await saveMessages(js, jsm, name, path);
    return { name, of, path, sha256: '', bytes: 0, config: info.config, firstSeq: info.state.first_seq, lastSeq: info.state.last_seq, messages: info.state.messages, lastSeqBeforeDatabases: info.state.last_seq, consumers };
  };
  const readAll = async (name: string) => {
    const info = await jsm.streams.info(name);
    const found: { seq: number; subject: string; data: string; id?: string }[] = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
      const message = await jsm.streams.getMessage(name, { seq }).catch(() => null);
      if (message) found.push({ seq, subject: message.subject, data: message.string(), id: message.header?.get('Nats-Msg-Id') || undefined });
    }
    return { state: { first: info.state.first_seq, last: info.state.last_seq, messages: info.state.messages }, found };
  };

  it('keeps sequences, subjects, headers and payloads, and the consumer’s position', async () => {
    const source = await ensureStream(jsm, { prefix: from, service: 'location' });
    const dlq = await ensureDlqStream(jsm, from);
    for (let index = 1; index <= 7; index++) {
      const id = headers();
      id.set('Nats-Msg-Id', `event-${index}`);
      await js.publish(`${from}imis.location.location.${index % 2 ? 'created' : 'updated'}`, JSON.stringify({ index }), { headers: id });
    }
    await jsm.streams.purge(source, { seq: 3 }); // 1 and 2 gone: the stream starts at 3
    await jsm.streams.deleteMessage(source, 5);
    await jsm.consumers.add(source, { durable_name: 'policy-locations', ack_policy: AckPolicy.Explicit, filter_subject: `${from}imis.location.location.>` });
    const consumer = await js.consumers.get(source, 'policy-locations');
    for (const expected of [3, 4]) {
      const message = await consumer.next({ expires: 5_000 });
      expect(message?.seq).toBe(expected);
      await message!.ackAck();
    }
    const letter = headers();
    letter.set('Imis-Original-Subject', `${from}imis.location.location.created`);
    letter.set('Imis-Original-Stream', source);
    letter.append('Imis-Error', 'first');
    letter.append('Imis-Error', 'second');
    await js.publish(`${from}imis.dlq.policy-locations`, 'not json', { headers: letter });

    const savedSource = await save(source, { service: 'location' });
    const savedDlq = await save(dlq, 'dlq');
    expect(savedSource).toMatchObject({ firstSeq: 3, lastSeq: 7, messages: 4, consumers: [{ ackFloor: 4, config: { durable_name: 'policy-locations' } }] });
    const lines = readFileSync(savedSource.path, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as SavedMessage);
    expect(lines.map((line) => line.seq)).toEqual([3, 4, 6, 7]);
    expect(lines[0].headers).toEqual([['Nats-Msg-Id', 'event-3']]);

    const before = await readAll(source);
    const streamNames = new Map([
      [source, streamName(to, 'location')],
      [dlq, dlqStreamName(to)],
    ]);
    await restoreStream(js, jsm, savedSource.path, savedSource, { name: streamName(to, 'location'), from, to, streamNames });
    await restoreStream(js, jsm, savedDlq.path, savedDlq, { name: dlqStreamName(to), from, to, streamNames });

    const after = await readAll(streamName(to, 'location'));
    expect(after.state).toEqual(before.state);
    expect(after.found).toEqual(before.found.map((message) => ({ ...message, subject: message.subject.replace(from, to) })));
    expect((await jsm.streams.info(streamName(to, 'location'))).config.subjects).toEqual([`${to}imis.location.>`]);

    const deadLetter = await jsm.streams.getMessage(dlqStreamName(to), { seq: 1 });
    expect(deadLetter?.subject).toBe(`${to}imis.dlq.policy-locations`);
    expect(deadLetter?.header?.get('Imis-Original-Subject')).toBe(`${to}imis.location.location.created`);
    expect(deadLetter?.header?.get('Imis-Original-Stream')).toBe(streamName(to, 'location'));
    expect(deadLetter?.header?.values('Imis-Error')).toEqual(['first', 'second']);

    // The restored consumer goes on from the first message it had not acknowledged.
    const restored = await js.consumers.get(streamName(to, 'location'), 'policy-locations');
    expect((await restored.info()).config.filter_subject).toBe(`${to}imis.location.location.>`);
    const next = await restored.next({ expires: 5_000 });
    expect(next?.seq).toBe(6);
    await next!.ackAck();
  });
});
