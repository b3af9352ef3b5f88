import { type INestApplication, Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import type { InsureeEnv } from './config/insuree.config';
import { migrateInsureeDatabase } from './migrations/migrate-insuree-database';

/** Builds the service (migrating first when MIGRATE_ON_START is set); the caller listens. Used by main and the tests. */
export async function createInsureeApp(env: InsureeEnv): Promise<INestApplication> {
  const applied = env.MIGRATE_ON_START ? await migrateInsureeDatabase(env) : [];
  const app = await NestFactory.create(AppModule.forRoot(env), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  if (applied.length > 0) new NestLogger('Migrations').log(`Applied ${applied.join(', ')}`);
  return app;
}
