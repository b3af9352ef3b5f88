import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Optional } from '@nestjs/common';
import { type CommandMeta, refuse, type UseCase } from '@imis/application';
import { allows, type ScopeFilter } from '@imis/auth';
import { JobEnqueuer } from '@imis/jobs';
import { locationsByIds } from '@imis/location-projection';
import { officersByIds } from '@imis/officer-projection';
import { uuidv7 } from '@imis/persistence';
import type { PolicyJobKind } from '../domain/policy-job-run';
import { NO_RENEWAL_FILTER, renewalFilterFaults, type RenewalRunFilter } from '../domain/renewal-run-filter';
import { PolicyJobRun } from '../infrastructure/policy-job-run.entity';
import { policyExpiryQueue, renewalReminderQueue } from './policy-job.queues';

export interface RunPolicyJobData {
  readonly kind: PolicyJobKind;
  /** Reminders only: the selection's filters, stored on the run. */
  readonly filter?: RenewalRunFilter;
}

/** Who asks, with the locations of its data scope (a reminder run's filters must lie within it). */
export interface RunPolicyJobMeta extends CommandMeta {
  readonly scope: ScopeFilter;
}

/**
 * Runs a policy job now (runPolicyExpiry, runRenewalReminders): its run row (QUEUED, as asked by the user,
 * with a reminder run's filters once checked) and its job (same id) in one transaction; the job reaches Redis
 * once that has committed.
 */
@Injectable()
export class RunPolicyJob implements UseCase<RunPolicyJobData, { runId: string }, RunPolicyJobMeta> {
  readonly operation = 'runPolicyJob';

  constructor(@Optional() private readonly jobs?: JobEnqueuer) {}

  async execute(tx: EntityManager, { kind, filter = NO_RENEWAL_FILTER }: RunPolicyJobData, { actor, scope }: RunPolicyJobMeta): Promise<{ runId: string }> {
    if (!this.jobs) throw new Error('The job queues are not configured in this process (JobsModule)');
    if (kind === 'RENEWAL_REMINDER') await this.checkFilter(tx, filter, scope);
    const run = tx.create(PolicyJobRun, { id: uuidv7(), kind, trigger: 'MANUAL', requestedBy: actor, ...(kind === 'RENEWAL_REMINDER' ? filter : NO_RENEWAL_FILTER) });
    tx.persist(run);
    this.jobs.add(tx, kind === 'EXPIRY' ? policyExpiryQueue : renewalReminderQueue, {}, { id: run.id });
    return { runId: run.id };
  }

  /** The location and the officer must be current and within the caller's data scope (an officer: one of its villages). */
  private async checkFilter(tx: EntityManager, filter: RenewalRunFilter, scope: ScopeFilter): Promise<void> {
    const [location] = filter.locationId ? await locationsByIds(tx, [filter.locationId]) : [];
    const [officer] = filter.officerId ? await officersByIds(tx, [filter.officerId]) : [];
    const faults = renewalFilterFaults(filter, {
      restrictedScope: !scope.everywhere,
      locationFound: location !== undefined && allows(scope, location.id),
      officerFound: officer !== undefined && (scope.everywhere || officer.villageIds.some((village) => allows(scope, village))),
    });
    if (faults.length > 0) refuse(...faults);
  }
}
