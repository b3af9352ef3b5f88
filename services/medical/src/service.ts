import { createServiceApp, defineService } from '@imis/service-kit';
import manifest from '../package.json';
import { AppModule } from './app.module';
import { MEDICAL_SERVICE, medicalOrmConfig, medicalPersistence } from './config/medical-orm.config';
import { medicalEnvSchema } from './config/medical.config';
import { MedicalApiModule } from './medical-api.module';

/**
 * The medical service as its entry points (main, migrate, print-schema, tools/create-migration), the
 * integration tests, `npm start` and the root checks see it. Add `worker` (and src/worker.ts calling
 * runServiceWorker) when it gets background jobs.
 */
export const medicalService = defineService({
  name: MEDICAL_SERVICE,
  port: manifest.imis.port,
  envSchema: medicalEnvSchema,
  persistence: medicalPersistence,
  subgraph: (orm) => MedicalApiModule.forRoot(orm),
  app: (env) => createServiceApp(AppModule.forRoot(env), env, medicalOrmConfig(env)),
});
