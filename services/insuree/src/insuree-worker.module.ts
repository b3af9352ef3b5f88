import { type DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { ObservabilityModule } from '@imis/observability';
import { databaseReadiness } from '@imis/persistence';
import { InsureeEnvModule } from './config/insuree-env.module';
import { INSUREE_SERVICE, insureeOrmConfig } from './config/insuree-orm.config';
import type { InsureeEnv } from './config/insuree.config';
import { ImportJobsModule } from './modules/import/import-jobs.module';
import { InsuranceNumberModule } from './modules/insurance-number/insurance-number.module';

/**
 * The import worker process alone (src/worker.ts): database, insurance-number rule, the job queue and its
 * worker, health and metrics; no GraphQL, no outbox relay (the API processes publish what it records).
 */
@Module({})
export class InsureeWorkerModule {
  static forRoot(env: InsureeEnv): DynamicModule {
    return {
      module: InsureeWorkerModule,
      imports: [
        ObservabilityModule.forRoot({ service: INSUREE_SERVICE, logLevel: env.LOG_LEVEL, readiness: [databaseReadiness] }),
        InsureeEnvModule.forRoot(env),
        MikroOrmModule.forRoot(insureeOrmConfig(env)),
        InsuranceNumberModule.forRoot(),
        ImportJobsModule.forRoot({ IMPORT_WORKER_CONCURRENCY: Math.max(1, env.IMPORT_WORKER_CONCURRENCY) }),
      ],
    };
  }
}
