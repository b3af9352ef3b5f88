import { defineService } from '@imis/service-kit';
import manifest from '../package.json';
import { INSUREE_SERVICE, insureePersistence } from './config/insuree-orm.config';
import { insureeEnvSchema } from './config/insuree.config';
import { InsureeApiModule } from './insuree-api.module';
import { createInsureeApp, createInsureeWorker } from './insuree-app';

/**
 * The insuree service as its entry points, `npm start` and the root checks see it. A country distribution
 * with its own InsureeScheme writes its own entry points around createInsureeApp / createInsureeWorker.
 */
export const insureeService = defineService({
  name: INSUREE_SERVICE,
  port: manifest.imis.port,
  envSchema: insureeEnvSchema,
  persistence: insureePersistence,
  subgraph: (orm, env) => InsureeApiModule.forRoot(orm, env),
  app: (env) => createInsureeApp(env),
  worker: (env) => createInsureeWorker(env),
});
