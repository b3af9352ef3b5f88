import { type DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { JobWorkerModule, jobsOptionsFrom } from '@imis/jobs';
import { CLAIM_SERVICE, claimOrmConfig } from './config/claim-orm.config';
import type { ClaimEnv } from './config/claim.config';
import { AdjudicationJobsModule, AdjudicationModule, adjudicationSettingsFrom } from './modules/adjudication';

/**
 * The adjudication worker process alone (src/worker.ts): database, the job queues with the adjudication processor
 * (any number of these processes, JOBS_CONCURRENCY=claim-adjudication=N each), health and metrics; no GraphQL, no
 * outbox relay (the API processes publish what it records).
 */
@Module({})
export class ClaimWorkerModule {
  static forRoot(env: ClaimEnv): DynamicModule {
    return {
      module: ClaimWorkerModule,
      imports: [
        JobWorkerModule.forRoot({
          service: CLAIM_SERVICE,
          logLevel: env.LOG_LEVEL,
          jobs: jobsOptionsFrom(env, 'worker'),
          imports: [MikroOrmModule.forRoot(claimOrmConfig(env)), AdjudicationModule.forRoot(adjudicationSettingsFrom(env)), AdjudicationJobsModule],
        }),
      ],
    };
  }
}
