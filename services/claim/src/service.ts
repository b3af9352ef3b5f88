import { createJobWorker } from '@imis/jobs';
import { createServiceApp, defineService } from '@imis/service-kit';
import manifest from '../package.json';
import { AppModule } from './app.module';
import { CLAIM_SERVICE, claimOrmConfig, claimPersistence } from './config/claim-orm.config';
import { claimEnvSchema } from './config/claim.config';
import { ClaimApiModule } from './claim-api.module';
import { ClaimWorkerModule } from './claim-worker.module';

/**
 * The claim service as its entry points (main, migrate, print-schema, tools/create-migration), the
 * integration tests, `npm start` and the root checks see it; `worker` is the adjudication pool (src/worker.ts).
 */
export const claimService = defineService({
  name: CLAIM_SERVICE,
  port: manifest.imis.port,
  envSchema: claimEnvSchema,
  persistence: claimPersistence,
  subgraph: (orm, env) => ClaimApiModule.forRoot(orm, env),
  app: (env) => createServiceApp(AppModule.forRoot(env), env, claimOrmConfig(env)),
  worker: (env) => createJobWorker(ClaimWorkerModule.forRoot(env)),
});
