import { Module } from '@nestjs/common';
import { ImportJobProcessor } from './application/import-job.processor';

/**
 * The import jobs' processor (queue `insuree-import` of libs/jobs), run by the processes whose JobsModule
 * gives that queue a concurrency above 0. Needs JobsModule and the InsuranceNumbers of InsuranceNumberModule.
 */
@Module({ providers: [ImportJobProcessor] })
export class ImportJobsModule {}
