import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ReadinessRegistry } from '@imis/observability';
import type { InsureeEnv } from '../../config/insuree.config';
import { ImportJobRunner } from './application/import-job.runner';
import { IMPORT_QUEUE } from './application/import-queue.port';
import { ImportRecovery } from './application/import-recovery';
import { BullImportQueue } from './infrastructure/bullmq-import.queue';
import { ImportWorker } from './infrastructure/import.worker';

const REDIS_READINESS = Symbol('import-redis-readiness');

/**
 * The import job queue (BullMQ on Redis, IMPORT_QUEUE_PREFIX) and, when IMPORT_WORKER_CONCURRENCY > 0, a
 * worker running the jobs and recovering lost ones; adds Redis to /health/ready. Needs the InsuranceNumbers of InsuranceNumberModule.
 */
@Global()
@Module({})
export class ImportJobsModule {
  static forRoot(env: Pick<InsureeEnv, 'IMPORT_WORKER_CONCURRENCY'>): DynamicModule {
    return {
      module: ImportJobsModule,
      providers: [
        BullImportQueue,
        { provide: IMPORT_QUEUE, useExisting: BullImportQueue },
        ImportJobRunner,
        ...(env.IMPORT_WORKER_CONCURRENCY > 0 ? [ImportRecovery, ImportWorker] : []),
        {
          provide: REDIS_READINESS,
          useFactory: (queue: BullImportQueue, registry?: ReadinessRegistry) => {
            registry?.register('redis', () => queue.ping());
            return true;
          },
          inject: [BullImportQueue, { token: ReadinessRegistry, optional: true }],
        },
      ],
      exports: [IMPORT_QUEUE, ImportJobRunner],
    };
  }
}
