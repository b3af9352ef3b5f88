import { createJobWorker } from '@imis/jobs';
import { createServiceApp, defineService } from '@imis/service-kit';
import manifest from '../package.json';
import { AppModule } from './app.module';
import { MEDICAL_SERVICE, medicalOrmConfig, medicalPersistence } from './config/medical-orm.config';
import { type MedicalEnv, medicalEnvSchema } from './config/medical.config';
import { MedicalApiModule } from './medical-api.module';
import { MedicalWorkerModule } from './medical-worker.module';

/**
 * The medical service as its entry points (main, worker, migrate, print-schema, tools/create-migration),
 * the integration tests, `npm start` and the root checks see it.
 */
export const medicalService = defineService({
  name: MEDICAL_SERVICE,
  port: manifest.imis.port,
  envSchema: medicalEnvSchema,
  persistence: medicalPersistence,
  subgraph: (orm, env) => MedicalApiModule.forRoot(orm, env),
  app: (env) => createServiceApp(AppModule.forRoot(env), env, medicalOrmConfig(env), { jsonBodyLimit: requestBodyLimit(env) }),
  worker: (env) => createJobWorker(MedicalWorkerModule.forRoot(env)),
});

/** Diagnosis files arrive base64 in GraphQL requests: room for the largest, plus the query. */
function requestBodyLimit(env: MedicalEnv): number {
  return Math.ceil((env.DIAGNOSIS_UPLOAD_MAX_BYTES * 4) / 3) + 1_048_576;
}
