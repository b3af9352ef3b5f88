/**
 * `npm run restore -- <backup directory>`: the databases, directories and streams (with their consumers at
 * their saved positions) of a backup made by `npm run backup`, into empty ones (`--force` replaces what is
 * there). Run it with the platform stopped, then start it.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'fs';
import { join } from 'path';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { SUBGRAPHS, type SubgraphDefinition } from '@imis/deployment';
import { dlqStreamName, streamName } from '@imis/messaging';
import { serviceDatabaseName } from '@imis/persistence';
import { directoryDigest, verifyPart } from './checksums';
import { restoreOptions } from './cli-options';
import { streamInfoOrUndefined } from './jetstream-backup';
import { restoreStream } from './jetstream-restore';
import { readManifest, type SavedStream } from './manifest';
import { platformConnections, serviceDirectory } from './platform';
import { checkToolAgainstServer, databaseContents, restoreDatabase, serverVersion } from './postgres-dump';

const say = (message: string) => process.stdout.write(`restore | ${message}\n`);

async function main(): Promise<void> {
  const started = Date.now();
  const options = restoreOptions(process.argv.slice(2), process.env);
  const manifest = readManifest(options.from);
  for (const part of [...manifest.databases, ...manifest.directories, ...manifest.streams]) await verifyPart(options.from, part);
  say(`backup of ${manifest.startedAt} (${manifest.services.join(', ')}): every part matches its checksum`);

  const { server, natsUrl, eventPrefix } = platformConnections();
  const prefix = options.prefix ?? eventPrefix;
  const pgRestore = checkToolAgainstServer('pg_restore', await serverVersion(server));
  if (majorOf(pgRestore) < majorOf(manifest.versions.pgDump)) throw new Error(`${pgRestore} cannot read dumps of ${manifest.versions.pgDump}: use a pg_restore as new (PG_BIN_DIR)`);
  const serviceOf = (name: string): SubgraphDefinition => {
    const service = SUBGRAPHS.find((candidate) => candidate.name === name);
    if (!service) throw new Error(`the backup holds service ${name}, which this code base does not have`);
    return service;
  };
  const missing = SUBGRAPHS.filter((service) => !manifest.services.includes(service.name)).map((service) => service.name);
  if (missing.length > 0) say(`not in the backup (they start empty): ${missing.join(', ')}`);

  const databases = manifest.databases.map((saved) => ({ saved, name: options.databases.get(saved.service) ?? serviceDatabaseName(saved.service) }));
  const directories = manifest.directories.map((saved) => ({ saved, path: serviceDirectory(serviceOf(saved.service), saved.variable, options.directories) }));
  const streamNames = new Map(manifest.streams.map((saved) => [saved.name, targetStreamName(saved, prefix)]));

  const nc = await connect({ servers: natsUrl, name: 'imis-restore' });
  try {
    const jsm = await jetstreamManager(nc);
    const js = jetstream(nc);
    // Everything is checked before anything is changed.
    const occupied: string[] = [];
    for (const { name } of databases) {
      const contents = await databaseContents(server, name);
      if (typeof contents === 'number') occupied.push(`database ${name} has ${contents} tables`);
    }
    for (const { path } of directories) if (existsSync(path) && readdirSync(path).length > 0) occupied.push(`directory ${path} is not empty`);
    for (const name of streamNames.values()) {
      const info = await streamInfoOrUndefined(jsm, name);
      if (info) occupied.push(`stream ${name} exists (${info.state.messages} messages)`);
    }
    if (occupied.length > 0 && !options.force) throw new Error(`restore goes into empty databases, directories and streams:\n  ${occupied.join('\n  ')}\nstop the platform and give --force to replace them`);

    for (const { saved, name } of databases) {
      const contents = await databaseContents(server, name);
      await restoreDatabase(server, name, join(options.from, saved.path), { replace: typeof contents === 'number', noOwner: options.noOwner });
      say(`database ${name} (${saved.service}, last migration ${saved.lastMigration ?? 'none'})`);
    }
    for (const { saved, path } of directories) {
      rmSync(path, { recursive: true, force: true });
      mkdirSync(path, { recursive: true });
      cpSync(join(options.from, saved.path), path, { recursive: true, preserveTimestamps: true });
      if ((await directoryDigest(path)).sha256 !== saved.sha256) throw new Error(`directory ${path}: its files differ from the backup's after copying`);
      say(`directory ${path}: ${saved.files} files`);
    }
    for (const saved of manifest.streams) {
      const name = streamNames.get(saved.name)!;
      if (await streamInfoOrUndefined(jsm, name)) await jsm.streams.delete(name);
      await restoreStream(js, jsm, join(options.from, saved.path), saved, { name, from: manifest.eventPrefix, to: prefix, streamNames });
      say(`stream ${name}: ${saved.messages} messages (${saved.firstSeq}..${saved.lastSeq}), consumers ${saved.consumers.map((consumer) => `${consumer.config.durable_name}@${consumer.ackFloor}`).join(', ') || 'none'}`);
    }
    say(`done in ${((Date.now() - started) / 1000).toFixed(1)} s: start the platform (its migrations apply what this code base has beyond the backup)`);
  } finally {
    await nc.close();
  }
}

const majorOf = (version: string) => Number(/(\d+)/.exec(version)?.[1] ?? 0);

function targetStreamName(saved: SavedStream, prefix: string): string {
  return saved.of === 'dlq' ? dlqStreamName(prefix) : streamName(prefix, saved.of.service);
}

main().catch((error: unknown) => {
  process.stderr.write(`restore | failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
