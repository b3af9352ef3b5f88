import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Optional } from '@nestjs/common';
import type { CommandMeta, UseCase } from '@imis/application';
import { JobEnqueuer } from '@imis/jobs';
import { uuidv7 } from '@imis/persistence';
import type { PolicyJobKind } from '../domain/policy-job-run';
import { PolicyJobRun } from '../infrastructure/policy-job-run.entity';
import { policyExpiryQueue, renewalReminderQueue } from './policy-job.queues';

/**
 * Runs a policy job now (runPolicyExpiry, runRenewalReminders): its run row (QUEUED, as asked by the user)
 * and its job (same id) in one transaction; the job reaches Redis once that has committed.
 */
@Injectable()
export class RunPolicyJob implements UseCase<{ kind: PolicyJobKind }, { runId: string }> {
  readonly operation = 'runPolicyJob';

  constructor(@Optional() private readonly jobs?: JobEnqueuer) {}

  async execute(tx: EntityManager, { kind }: { kind: PolicyJobKind }, { actor }: CommandMeta): Promise<{ runId: string }> {
    if (!this.jobs) throw new Error('The job queues are not configured in this process (JobsModule)');
    const run = tx.create(PolicyJobRun, { id: uuidv7(), kind, trigger: 'MANUAL', requestedBy: actor });
    tx.persist(run);
    this.jobs.add(tx, kind === 'EXPIRY' ? policyExpiryQueue : renewalReminderQueue, {}, { id: run.id });
    return { runId: run.id };
  }
}
