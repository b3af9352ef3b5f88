import { randomBytes } from 'crypto';
import { databaseUrl, dropDatabase, ensureDatabase } from '@imis/persistence';
import { testInfrastructure } from './infrastructure';

export interface TestDatabase {
  /** PostgreSQL server URL (services derive their database from it plus `name`). */
  serverUrl: string;
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database for one test file; drop() removes it. */
export async function createTestDatabase(label = 'test'): Promise<TestDatabase> {
  const { postgresUrl } = await testInfrastructure();
  const name = `imis_${label.replace(/[^a-z0-9]/g, '_')}_${randomBytes(5).toString('hex')}`;
  await ensureDatabase(postgresUrl, name);
  return {
    serverUrl: postgresUrl,
    name,
    url: databaseUrl(postgresUrl, name),
    drop: () => dropDatabase(postgresUrl, name),
  };
}

/** A random NATS subject/stream prefix ("t3f9a1c.") so parallel test files never share streams. */
export function randomEventPrefix(): string {
  return `t${randomBytes(4).toString('hex')}.`;
}
