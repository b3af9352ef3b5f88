import { type DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { ObservabilityModule } from '@imis/observability';
import { databaseReadiness } from '@imis/persistence';
import { InsureeEnvModule } from './config/insuree-env.module';
import { INSUREE_SERVICE, insureeOrmConfig } from './config/insuree-orm.config';
import type { InsureeEnv } from './config/insuree.config';
import type { InsureeScheme } from './insuree-scheme';
import { ImportJobsModule } from './modules/import/import-jobs.module';
import { InsuranceNumberModule } from './modules/insurance-number/insurance-number.module';

/**
 * The import worker process alone (src/worker.ts): database, insurance-number rule, the job queue and its
 * worker, health and metrics; no GraphQL, no outbox relay (the API processes publish what it records).
 */
@Module({})
export class InsureeWorkerModule {
  static forRoot(processEnv: InsureeEnv, scheme: Pick<InsureeScheme, 'insuranceNumberValidator'> = {}): DynamicModule {
    // The API's IMPORT_WORKER_CONCURRENCY=0 (enqueue only) is often shared with its workers: a worker runs at least one job.
    const env: InsureeEnv = { ...processEnv, IMPORT_WORKER_CONCURRENCY: Math.max(1, processEnv.IMPORT_WORKER_CONCURRENCY) };
    return {
      module: InsureeWorkerModule,
      imports: [
        ObservabilityModule.forRoot({ service: INSUREE_SERVICE, logLevel: env.LOG_LEVEL, readiness: [databaseReadiness] }),
        InsureeEnvModule.forRoot(env),
        MikroOrmModule.forRoot(insureeOrmConfig(env)),
        InsuranceNumberModule.forRoot({ validator: scheme.insuranceNumberValidator }),
        ImportJobsModule.forRoot(env),
      ],
    };
  }
}
