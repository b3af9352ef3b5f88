import { type DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { JobWorkerModule, jobsOptionsFrom } from '@imis/jobs';
import { MedicalEnvModule } from './config/medical-env.module';
import { MEDICAL_SERVICE, medicalOrmConfig } from './config/medical-orm.config';
import type { MedicalEnv } from './config/medical.config';
import { DiagnosisJobsModule } from './modules/diagnosis';

/**
 * The job worker process alone (src/worker.ts): database, the job queues with the diagnosis upload
 * processor (at least one upload at a time), health and metrics; no GraphQL, no outbox relay (the API
 * processes publish what it records).
 */
@Module({})
export class MedicalWorkerModule {
  static forRoot(env: MedicalEnv): DynamicModule {
    return {
      module: MedicalWorkerModule,
      imports: [
        JobWorkerModule.forRoot({
          service: MEDICAL_SERVICE,
          logLevel: env.LOG_LEVEL,
          jobs: jobsOptionsFrom(env, 'worker'),
          imports: [MedicalEnvModule.forRoot(env), MikroOrmModule.forRoot(medicalOrmConfig(env)), DiagnosisJobsModule],
        }),
      ],
    };
  }
}
