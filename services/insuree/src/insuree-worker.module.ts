import { type DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { JobWorkerModule } from '@imis/jobs';
import { InsureeEnvModule } from './config/insuree-env.module';
import { insureeJobsOptions } from './config/insuree-jobs.options';
import { INSUREE_SERVICE, insureeOrmConfig } from './config/insuree-orm.config';
import type { InsureeEnv } from './config/insuree.config';
import type { InsureeScheme } from './insuree-scheme';
import { ImportJobsModule } from './modules/import';
import { InsuranceNumberModule } from './modules/insurance-number/insurance-number.module';

/**
 * The job worker process alone (src/worker.ts): database, insurance-number rule, the job queues with the
 * import processor (at least one import at a time), health and metrics; no GraphQL, no outbox relay (the API
 * processes publish what it records).
 */
@Module({})
export class InsureeWorkerModule {
  static forRoot(env: InsureeEnv, scheme: Pick<InsureeScheme, 'insuranceNumberValidator'> = {}): DynamicModule {
    return {
      module: InsureeWorkerModule,
      imports: [
        JobWorkerModule.forRoot({
          service: INSUREE_SERVICE,
          logLevel: env.LOG_LEVEL,
          jobs: insureeJobsOptions(env, 'worker'),
          imports: [
            InsureeEnvModule.forRoot(env),
            MikroOrmModule.forRoot(insureeOrmConfig(env)),
            InsuranceNumberModule.forRoot({ validator: scheme.insuranceNumberValidator }),
            ImportJobsModule,
          ],
        }),
      ],
    };
  }
}
