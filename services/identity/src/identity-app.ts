import { type INestApplication, Logger as NestLogger } from '@nestjs/common';
import { createServiceApplication } from '@imis/observability';
import { AppModule } from './app.module';
import type { IdentityEnv } from './config/identity.config';
import { migrateIdentityDatabase } from './migrations/migrate-identity-database';

/** Builds the service (migrating first when MIGRATE_ON_START is set); the caller listens. Used by main and the tests. */
export async function createIdentityApp(env: IdentityEnv): Promise<INestApplication> {
  const applied = env.MIGRATE_ON_START ? await migrateIdentityDatabase(env) : [];
  const app = await createServiceApplication(AppModule.forRoot(env));
  if (applied.length > 0) new NestLogger('Migrations').log(`Applied ${applied.join(', ')}`);
  return app;
}
