import { type DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { JobWorkerModule, jobsOptionsFrom } from '@imis/jobs';
import { POLICY_SERVICE, policyOrmConfig } from './config/policy-orm.config';
import type { PolicyEnv } from './config/policy.config';
import { PolicyJobsModule } from './policy-jobs.module';

/**
 * The job worker process alone (src/worker.ts): database, the job queues with the nightly expiry and the
 * renewal reminders (each at least one at a time), health and metrics; no GraphQL, no outbox relay (the API
 * processes publish what it records).
 */
@Module({})
export class PolicyWorkerModule {
  static forRoot(env: PolicyEnv): DynamicModule {
    return {
      module: PolicyWorkerModule,
      imports: [
        JobWorkerModule.forRoot({
          service: POLICY_SERVICE,
          logLevel: env.LOG_LEVEL,
          jobs: jobsOptionsFrom(env, 'worker'),
          imports: [MikroOrmModule.forRoot(policyOrmConfig(env)), PolicyJobsModule.forRoot(env)],
        }),
      ],
    };
  }
}
