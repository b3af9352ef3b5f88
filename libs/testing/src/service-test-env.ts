import { testInfrastructure } from './infrastructure';
import type { TestDatabase } from './test-database';

/** Raw environment variables for a service under test. */
export type TestEnv = Record<string, string>;

/** Database, NATS, Redis and event prefix of a test file, with fast outbox polling and quiet logs. */
export async function infrastructureEnv(db: TestDatabase, prefix: string): Promise<TestEnv> {
  const { natsUrl, redisUrl } = await testInfrastructure();
  return {
    DATABASE_URL: db.serverUrl,
    DATABASE_NAME: db.name,
    NATS_URL: natsUrl,
    REDIS_URL: redisUrl,
    EVENT_PREFIX: prefix,
    MIGRATE_ON_START: 'true',
    OUTBOX_POLL_MS: '100',
    LOG_LEVEL: 'warn',
  };
}
