import type { EntityManager } from '@mikro-orm/postgresql';
import type { PolicyJobCounts, PolicyJobKind, PolicyJobTrigger } from '../domain/policy-job-run';
import { NO_RENEWAL_FILTER, type RenewalRunFilter } from '../domain/renewal-run-filter';

/**
 * The run rows' statements. `start` commits on its own (readers see the run RUNNING, batches that commit
 * apart from the job can add to its counts); `finish` and `fail` run in the job's transaction.
 */
export class PolicyJobRuns {
  constructor(private readonly em: EntityManager) {}

  /** The run of job `id`: a manual run's QUEUED row, or a scheduled run's new one; RUNNING for `runDate`. A retry keeps its counts. */
  async start(id: string, kind: PolicyJobKind, trigger: PolicyJobTrigger, runDate: string): Promise<void> {
    await this.em.execute(
      `insert into policy_job_run (id, kind, trigger, status, run_date, requested_by, queued_at, started_at)
       values (?, ?, ?, 'RUNNING', ?, 'system', ?::timestamptz, clock_timestamp())
       on conflict (id) do update set status = 'RUNNING', run_date = coalesce(policy_job_run.run_date, excluded.run_date),
         started_at = coalesce(policy_job_run.started_at, excluded.started_at)`,
      [id, kind, trigger, runDate, new Date()],
    );
  }

  /** The run date a retried run keeps (the first attempt's). */
  async runDateOf(id: string): Promise<string | null> {
    const [row] = await this.em.execute<{ run_date: string | null }[]>(`select to_char(run_date, 'YYYY-MM-DD') as run_date from policy_job_run where id = ?`, [id]);
    return row?.run_date ?? null;
  }

  /** The filters stored on the run (a scheduled run, or one not stored: none). */
  async filterOf(id: string): Promise<RenewalRunFilter> {
    const [row] = await this.em.execute<RenewalRunFilter[]>(
      `select location_id as "locationId", officer_id as "officerId", to_char(date_from, 'YYYY-MM-DD') as "dateFrom", to_char(date_to, 'YYYY-MM-DD') as "dateTo"
         from policy_job_run where id = ?`,
      [id],
    );
    return row ?? NO_RENEWAL_FILTER;
  }

  /** Adds to the counts (a batch, in its own transaction). */
  async add(tx: EntityManager, id: string, counts: Partial<PolicyJobCounts>): Promise<void> {
    await tx.execute(
      `update policy_job_run set selected = selected + ?, skipped = skipped + ?, created = created + ?, notified = notified + ?, expired = expired + ? where id = ?`,
      [counts.selected ?? 0, counts.skipped ?? 0, counts.created ?? 0, counts.notified ?? 0, counts.expired ?? 0, id],
    );
  }

  async finish(tx: EntityManager, id: string): Promise<void> {
    await tx.execute(`update policy_job_run set status = 'SUCCEEDED', finished_at = clock_timestamp(), failure_message = null where id = ?`, [id]);
  }

  async fail(tx: EntityManager, id: string, message: string): Promise<void> {
    await tx.execute(
      `update policy_job_run set status = 'FAILED', finished_at = clock_timestamp(), failure_message = ? where id = ? and status <> 'SUCCEEDED'`,
      [message, id],
    );
  }
}
