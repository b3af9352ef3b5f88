import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ReadinessRegistry } from '@imis/observability';
import { JOBS_OPTIONS, type JobsModuleOptions } from './jobs.options';
import { JobProcessors } from './processor/job-processors.registry';
import { JobEnqueuer } from './run/job.enqueuer';
import { JobRecovery } from './run/job.recovery';
import { JobRunner } from './run/job.runner';
import { JobWorkers } from './run/job.workers';
import { BullTransport } from './transport/bull.transport';

const REDIS_READINESS = Symbol('jobs-redis-readiness');

/**
 * Durable jobs in a process: JobEnqueuer to add jobs in a transaction, the processors (@JobProcessor
 * classes of any module) run at the concurrency the options give this process, the recovery sweep, the
 * schedules, queue metrics, and Redis in /health/ready. Needs MikroORM (the `job` table: jobsEntities,
 * jobsMigrations).
 */
@Global()
@Module({})
export class JobsModule {
  static forRoot(options: JobsModuleOptions): DynamicModule {
    return {
      module: JobsModule,
      imports: [DiscoveryModule],
      providers: [
        { provide: JOBS_OPTIONS, useValue: options },
        BullTransport,
        JobProcessors,
        JobEnqueuer,
        JobRunner,
        JobRecovery,
        JobWorkers,
        {
          provide: REDIS_READINESS,
          useFactory: (transport: BullTransport, registry?: ReadinessRegistry) => {
            registry?.register('redis', () => transport.ping());
            return true;
          },
          inject: [BullTransport, { token: ReadinessRegistry, optional: true }],
        },
      ],
      exports: [JOBS_OPTIONS, JobEnqueuer, JobRunner, JobRecovery, JobWorkers],
    };
  }
}
