import { createJobWorker } from '@imis/jobs';
import { createServiceApp, defineService } from '@imis/service-kit';
import manifest from '../package.json';
import { AppModule } from './app.module';
import { POLICY_SERVICE, policyOrmConfig, policyPersistence } from './config/policy-orm.config';
import { policyEnvSchema } from './config/policy.config';
import { PolicyApiModule } from './policy-api.module';
import { PolicyWorkerModule } from './policy-worker.module';

/**
 * The policy service as its entry points (main, worker, migrate, print-schema, tools/create-migration), the
 * integration tests, `npm start` and the root checks see it.
 */
export const policyService = defineService({
  name: POLICY_SERVICE,
  port: manifest.imis.port,
  envSchema: policyEnvSchema,
  persistence: policyPersistence,
  subgraph: (orm, env) => PolicyApiModule.forRoot(orm, env),
  app: (env) => createServiceApp(AppModule.forRoot(env), env, policyOrmConfig(env)),
  worker: (env) => createJobWorker(PolicyWorkerModule.forRoot(env)),
});
