import { createServiceApp, defineService } from '@imis/service-kit';
import manifest from '../package.json';
import { AppModule } from './app.module';
import { POLICY_SERVICE, policyOrmConfig, policyPersistence } from './config/policy-orm.config';
import { policyEnvSchema } from './config/policy.config';
import { PolicyApiModule } from './policy-api.module';

/**
 * The policy service as its entry points (main, migrate, print-schema, tools/create-migration), the
 * integration tests, `npm start` and the root checks see it. Add `worker` (and src/worker.ts calling
 * runServiceWorker) when it gets background jobs.
 */
export const policyService = defineService({
  name: POLICY_SERVICE,
  port: manifest.imis.port,
  envSchema: policyEnvSchema,
  persistence: policyPersistence,
  subgraph: (orm, env) => PolicyApiModule.forRoot(orm, env),
  app: (env) => createServiceApp(AppModule.forRoot(env), env, policyOrmConfig(env)),
});
