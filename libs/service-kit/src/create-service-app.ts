import { type DynamicModule, Logger as NestLogger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Options } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { createServiceApplication, type ServiceApplicationOptions } from '@imis/observability';
import { databaseServerUrl, migrateDatabase } from '@imis/persistence';
import type { ServiceProcessEnv } from './service-descriptor';

/**
 * A service's API application from its root module, migrating its database first when MIGRATE_ON_START is
 * set (as the integration tests do); the caller listens.
 */
export async function createServiceApp(
  rootModule: DynamicModule,
  env: Pick<ServiceProcessEnv, 'MIGRATE_ON_START' | 'DATABASE_URL' | 'DATABASE_PASSWORD'>,
  orm: Options<PostgreSqlDriver>,
  options: ServiceApplicationOptions = {},
): Promise<NestExpressApplication> {
  const applied = env.MIGRATE_ON_START ? await migrateDatabase(orm, databaseServerUrl(env)) : [];
  const app = await createServiceApplication(rootModule, options);
  if (applied.length > 0) new NestLogger('Migrations').log(`Applied ${applied.join(', ')}`);
  return app;
}
