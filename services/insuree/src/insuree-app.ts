import { Logger as NestLogger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createJobWorker } from '@imis/jobs';
import { createServiceApplication } from '@imis/observability';
import { AppModule } from './app.module';
import type { InsureeEnv } from './config/insuree.config';
import type { InsureeScheme } from './insuree-scheme';
import { InsureeWorkerModule } from './insuree-worker.module';
import { migrateInsureeDatabase } from './migrations/migrate-insuree-database';

/**
 * Builds the service (migrating first when MIGRATE_ON_START is set) with the scheme's swapped parts; the
 * caller listens. Used by main, the tests and a country distribution's own entry point.
 */
export async function createInsureeApp(env: InsureeEnv, scheme: InsureeScheme = {}): Promise<NestExpressApplication> {
  const applied = env.MIGRATE_ON_START ? await migrateInsureeDatabase(env) : [];
  const app = await createServiceApplication(AppModule.forRoot(env, scheme), { jsonBodyLimit: requestBodyLimit(env) });
  if (applied.length > 0) new NestLogger('Migrations').log(`Applied ${applied.join(', ')}`);
  return app;
}

/** Photos and import files arrive base64 in GraphQL requests: room for the largest of them, plus the query. */
function requestBodyLimit(env: InsureeEnv): number {
  return Math.ceil((Math.max(env.PHOTO_MAX_BYTES, env.IMPORT_MAX_BYTES) * 4) / 3) + 1_048_576;
}

/**
 * Builds the job worker process alone (at least one import at a time) with the scheme's number rule; the
 * caller listens on a port of its own for /health and /metrics. The API processes migrate the database.
 */
export async function createInsureeWorker(env: InsureeEnv, scheme: InsureeScheme = {}): Promise<NestExpressApplication> {
  return createJobWorker(InsureeWorkerModule.forRoot(env, scheme));
}
