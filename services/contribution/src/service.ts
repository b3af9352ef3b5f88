import { createServiceApp, defineService } from '@imis/service-kit';
import manifest from '../package.json';
import { AppModule } from './app.module';
import { CONTRIBUTION_SERVICE, contributionOrmConfig, contributionPersistence } from './config/contribution-orm.config';
import { contributionEnvSchema } from './config/contribution.config';
import { ContributionApiModule } from './contribution-api.module';

/**
 * The contribution service as its entry points (main, migrate, print-schema, tools/create-migration), the
 * integration tests, `npm start` and the root checks see it. Add `worker` (and src/worker.ts calling
 * runServiceWorker) when it gets background jobs.
 */
export const contributionService = defineService({
  name: CONTRIBUTION_SERVICE,
  port: manifest.imis.port,
  envSchema: contributionEnvSchema,
  persistence: contributionPersistence,
  subgraph: (orm) => ContributionApiModule.forRoot(orm),
  app: (env) => createServiceApp(AppModule.forRoot(env), env, contributionOrmConfig(env)),
});
