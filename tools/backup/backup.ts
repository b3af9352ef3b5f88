/**
 * `npm run backup`: every deployed service's database, the directories the services keep (photos), every
 * JetStream stream of the platform and its durable consumers' positions, into one new directory with a
 * manifest. Order, and why: docs/adr/0022-backup-and-restore.md.
 */
import { cpSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { jetstream, jetstreamManager, type StreamInfo } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { deployedSubgraphs } from '@imis/deployment';
import { dlqStreamName, streamName } from '@imis/messaging';
import { serviceDatabaseName } from '@imis/persistence';
import { directoryDigest, fileDigest } from './checksums';
import { backupOptions } from './cli-options';
import { saveConsumers, saveMessages, streamInfoOrUndefined } from './jetstream-backup';
import { FORMAT, type Manifest, MANIFEST_FILE, type SavedConsumer, type SavedDatabase, type SavedDirectory, type SavedStream } from './manifest';
import { platformConnections, platformVersion, serviceDirectory } from './platform';
import { checkToolAgainstServer, databaseContents, dumpDatabase, lastMigration, serverVersion } from './postgres-dump';

const say = (message: string) => process.stdout.write(`backup  | ${message}\n`);

async function main(): Promise<void> {
  const startedAt = new Date();
  const options = backupOptions(process.argv.slice(2), process.env);
  const { server, natsUrl, eventPrefix } = platformConnections();
  const prefix = options.prefix ?? eventPrefix;
  const services = deployedSubgraphs();
  const postgres = await serverVersion(server);
  const pgDump = checkToolAgainstServer('pg_dump', postgres);
  for (const service of services) {
    const database = options.databases.get(service.name) ?? serviceDatabaseName(service.name);
    if ((await databaseContents(server, database)) === 'absent') throw new Error(`database ${database} of ${service.name} does not exist (not migrated yet, or give --database ${service.name}=<name>)`);
  }

  const target = resolve(options.out, `imis-backup-${startedAt.toISOString().replace(/[:.]/g, '-')}`);
  const partial = `${target}.partial`;
  for (const part of ['databases', 'directories', 'streams']) mkdirSync(join(partial, part), { recursive: true });
  const nc = await connect({ servers: natsUrl, name: 'imis-backup' });
  try {
    const jsm = await jetstreamManager(nc);
    const js = jetstream(nc);
    const streamNames = [...services.map((service) => ({ name: streamName(prefix, service.name), of: { service: service.name } as SavedStream['of'] })), { name: dlqStreamName(prefix), of: 'dlq' as const }];

    // 1. The consumers' positions first: restored behind their databases, they only receive events again.
    const before = new Map<string, { info: StreamInfo; consumers: SavedConsumer[] }>();
    for (const { name } of streamNames) {
      const info = await streamInfoOrUndefined(jsm, name);
      if (info) before.set(name, { info, consumers: await saveConsumers(jsm, name) });
      else say(`stream ${name}: none yet (nothing published or consumed there), skipped`);
    }
    say(`consumer positions: ${[...before.values()].reduce((sum, { consumers }) => sum + consumers.length, 0)} durable consumers on ${before.size} streams`);

    // 2. The databases, each in one consistent snapshot.
    const databases: SavedDatabase[] = [];
    for (const service of services) {
      const name = options.databases.get(service.name) ?? serviceDatabaseName(service.name);
      const path = `databases/${service.name}.dump`;
      await dumpDatabase(server, name, join(partial, path));
      const migration = await lastMigration(server, name);
      databases.push({ service: service.name, name, path, ...(await fileDigest(join(partial, path))), ...(migration ? { lastMigration: migration } : {}) });
      say(`database ${name}: ${databases.at(-1)!.bytes} bytes`);
    }

    // 3. The directories after the databases: every file a dumped row names was written before the row.
    const directories: SavedDirectory[] = [];
    for (const service of services) {
      for (const variable of service.deployment.directories) {
        const source = serviceDirectory(service, variable, options.directories);
        const path = `directories/${service.name}/${variable}`;
        mkdirSync(join(partial, path), { recursive: true });
        if (existsSync(source)) cpSync(source, join(partial, path), { recursive: true, preserveTimestamps: true });
        else say(`directory ${source} (${service.name} ${variable}) does not exist: saved empty`);
        directories.push({ service: service.name, variable, source, path, ...(await directoryDigest(join(partial, path))) });
        say(`directory ${source}: ${directories.at(-1)!.files} files`);
      }
    }

    // 4. The streams last: every event a dumped outbox marked published is in them.
    const streams: SavedStream[] = [];
    for (const { name, of } of streamNames) {
      const saved = before.get(name);
      if (!saved) continue;
      const path = `streams/${name}.jsonl`;
      const info = await saveMessages(js, jsm, name, join(partial, path));
      streams.push({
        name,
        of,
        path,
        ...(await fileDigest(join(partial, path))),
        config: info.config,
        firstSeq: info.state.first_seq,
        lastSeq: info.state.last_seq,
        messages: info.state.messages,
        lastSeqBeforeDatabases: saved.info.state.last_seq,
        consumers: saved.consumers,
      });
      say(`stream ${name}: ${info.state.messages} messages (${info.state.first_seq}..${info.state.last_seq}), ${saved.consumers.length} consumers`);
    }

    const manifest: Manifest = {
      format: FORMAT,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      versions: { ...platformVersion(), node: process.version, postgres: postgres.text, pgDump, nats: nc.info?.version ?? 'unknown' },
      eventPrefix: prefix,
      services: services.map((service) => service.name),
      databases,
      directories,
      streams,
    };
    writeFileSync(join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(partial, target);
    say(`done in ${((Date.now() - startedAt.getTime()) / 1000).toFixed(1)} s: ${target}`);
  } finally {
    await nc.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`backup  | failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
