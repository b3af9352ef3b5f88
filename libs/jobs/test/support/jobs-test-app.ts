import { randomBytes } from 'crypto';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Migration } from '@mikro-orm/migrations';
import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { ObservabilityModule } from '@imis/observability';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { migrateDatabase, serviceOrmConfig } from '@imis/persistence';
import { createTestDatabase, testInfrastructure, type TestDatabase } from '@imis/testing';
import { JobEnqueuer, JobRecovery, JobRunner, jobsEntities, jobsMigrations, JobsModule } from '../../src';
import { testProcessors, testQueues } from './test-processors';

class TestEffectMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table test_effect (id bigserial primary key, key text not null, attempt int not null)');
    this.addSql('create table test_person (name text not null constraint test_person_name_unique unique)');
  }
}

export interface JobsTestApp {
  app: INestApplicationContext;
  db: TestDatabase;
  em: EntityManager;
  enqueuer: JobEnqueuer;
  runner: JobRunner;
  recovery: JobRecovery;
  /** The queue as BullMQ sees it (this test file's prefix). */
  bullQueue(name: string): Queue;
  sql<R>(text: string, values?: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

/**
 * The test processors in a Nest application context as a worker process runs them (every queue but
 * test-idle, which only enqueues), on a fresh database migrated with jobsMigrations and a private Redis prefix.
 * With `logDestination`, the application logs as a service does (ObservabilityModule's pino logger) there.
 */
export async function startJobsTestApp(options: { logDestination?: DestinationStream } = {}): Promise<JobsTestApp> {
  const { redisUrl } = await testInfrastructure();
  const db = await createTestDatabase('jobs');
  const prefix = `imis-jobs-test-${randomBytes(4).toString('hex')}`;
  const config = serviceOrmConfig({
    service: 'jobs',
    serverUrl: db.serverUrl,
    database: db.name,
    entities: [...jobsEntities],
    migrations: [...jobsMigrations, { name: 'Migration20261125000000_test_effect', class: TestEffectMigration }],
  });
  await migrateDatabase({ ...config, migrations: { ...config.migrations, silent: true } }, db.serverUrl);

  @Module({
    imports: [
      ...(options.logDestination ? [ObservabilityModule.forRoot({ service: 'jobs-test', logLevel: 'info', logDestination: options.logDestination })] : []),
      MikroOrmModule.forRoot(config),
      JobsModule.forRoot({ redisUrl, prefix, recoverySeconds: 3600, lockSeconds: 5, role: 'worker', concurrency: { queues: { 'test-idle': 0 } } }),
    ],
    providers: testProcessors,
  })
  class JobsTestModule {}

  const app = await NestFactory.createApplicationContext(JobsTestModule, options.logDestination ? { bufferLogs: true } : { logger: false });
  if (options.logDestination) app.useLogger(app.get(Logger));
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queues = new Map(testQueues.map((queue) => [queue.name, new Queue(queue.name, { connection: redis, prefix })]));
  const em = app.get(EntityManager);
  return {
    app,
    db,
    em,
    enqueuer: app.get(JobEnqueuer),
    runner: app.get(JobRunner),
    recovery: app.get(JobRecovery),
    bullQueue: (name) => queues.get(name)!,
    sql: (text, values) => em.fork().execute(text, values),
    async close() {
      await app.close();
      for (const queue of queues.values()) {
        await queue.obliterate({ force: true });
        await queue.close();
      }
      redis.disconnect();
      await db.drop();
    },
  };
}

/** Polls `probe` every 50 ms until it returns a truthy value (at most `timeoutMs`). */
export async function eventually<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('Condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
