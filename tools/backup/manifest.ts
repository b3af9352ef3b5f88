import { readFileSync } from 'fs';
import { join } from 'path';
import type { ConsumerConfig, StreamConfig } from '@nats-io/jetstream';

export const MANIFEST_FILE = 'manifest.json';
export const FORMAT = 'imis-backup/1';

/** A file or directory of the backup, with what proves it unchanged. */
export interface Part {
  /** Relative to the backup directory. */
  path: string;
  sha256: string;
  bytes: number;
}

export interface SavedDatabase extends Part {
  service: string;
  /** The database it was dumped from. */
  name: string;
  /** The last migration applied, to check the code restoring it knows the schema. */
  lastMigration?: string;
}

export interface SavedDirectory extends Part {
  service: string;
  /** The service's variable naming it (`PHOTO_DIR`). */
  variable: string;
  /** Where it was read from. */
  source: string;
  files: number;
}

export interface SavedConsumer {
  config: ConsumerConfig;
  /** The last stream sequence below which every message was acknowledged. */
  ackFloor: number;
  numPending: number;
  numAckPending: number;
}

export interface SavedStream extends Part {
  name: string;
  /** A service's event stream, or the dead-letter stream (`dlq`). */
  of: { service: string } | 'dlq';
  config: StreamConfig;
  firstSeq: number;
  lastSeq: number;
  messages: number;
  /** The stream's last sequence just before the databases were dumped: events after it may belong to writes the dumps miss. */
  lastSeqBeforeDatabases: number;
  /** Durable consumers, saved before the databases were dumped. */
  consumers: SavedConsumer[];
}

export interface Manifest {
  format: typeof FORMAT;
  startedAt: string;
  finishedAt: string;
  versions: { platform: string; commit?: string; node: string; postgres: string; pgDump: string; nats: string };
  eventPrefix: string;
  services: string[];
  databases: SavedDatabase[];
  directories: SavedDirectory[];
  streams: SavedStream[];
}

export function readManifest(directory: string): Manifest {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(directory, MANIFEST_FILE), 'utf8')) as Manifest;
  } catch (error) {
    throw new Error(`${directory}: no readable ${MANIFEST_FILE} (${error instanceof Error ? error.message : String(error)}); is it a backup directory?`);
  }
  if (manifest.format !== FORMAT) throw new Error(`${directory}: format "${manifest.format}" is not ${FORMAT}`);
  return manifest;
}
