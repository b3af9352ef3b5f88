import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import type { InsureeEnv } from './config/insuree.config';
import { migrateInsureeDatabase } from './migrations/migrate-insuree-database';

/** Builds the service (migrating first when MIGRATE_ON_START is set); the caller listens. Used by main and the tests. */
export async function createInsureeApp(env: InsureeEnv): Promise<NestExpressApplication> {
  const applied = env.MIGRATE_ON_START ? await migrateInsureeDatabase(env) : [];
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(env), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: requestBodyLimit(env) });
  app.enableShutdownHooks();
  if (applied.length > 0) new NestLogger('Migrations').log(`Applied ${applied.join(', ')}`);
  return app;
}

/** Photos and import files arrive base64 in GraphQL requests: room for the largest of them, plus the query. */
function requestBodyLimit(env: InsureeEnv): number {
  return Math.ceil((Math.max(env.PHOTO_MAX_BYTES, env.IMPORT_MAX_BYTES) * 4) / 3) + 1_048_576;
}
