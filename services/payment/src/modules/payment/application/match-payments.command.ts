import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Optional } from '@nestjs/common';
import type { CommandMeta, UseCase } from '@imis/application';
import { JobEnqueuer } from '@imis/jobs';
import { paymentMatchingQueue } from './payment-matching.queue';

/** matchPayments: adds a bulk matching job (every RECEIVED payment, in chunks); the job's id is returned. */
@Injectable()
export class MatchPayments implements UseCase<Record<string, never>, { jobId: string }> {
  readonly operation = 'matchPayments';

  constructor(@Optional() private readonly jobs?: JobEnqueuer) {}

  async execute(tx: EntityManager, _input: Record<string, never>, _meta: CommandMeta): Promise<{ jobId: string }> {
    if (!this.jobs) throw new Error('The job queues are not configured in this process (JobsModule)');
    return { jobId: this.jobs.add(tx, paymentMatchingQueue, { all: true }).id };
  }
}
