import type { EntityManager } from '@mikro-orm/postgresql';
import { type SqlRunner, statementRunner } from '@imis/persistence';
import type { JobStatus } from './job-record.entity';

/** A job row as a run needs it. */
export interface StoredJob {
  readonly id: string;
  readonly queue: string;
  readonly payload: object;
  readonly status: JobStatus;
  readonly attempts: number;
  readonly maxAttempts: number;
  readonly schedule: string | null;
  readonly scheduledFor: Date | null;
  readonly correlationId: string | null;
}

/** A scheduled run's row, written when its schedule fires. */
export interface ScheduledRun {
  readonly id: string;
  readonly queue: string;
  readonly payload: object;
  readonly maxAttempts: number;
  readonly schedule: string;
  readonly scheduledFor: Date;
}

interface JobRow {
  id: string;
  queue: string;
  payload: object;
  status: JobStatus;
  attempts: number;
  max_attempts: number;
  schedule: string | null;
  scheduled_for: Date | string | null;
  correlation_id: string | null;
}

const COLUMNS = 'id, queue, payload, status, attempts, max_attempts, schedule, scheduled_for, correlation_id';
const UNFINISHED = `status in ('QUEUED', 'RUNNING')`;

const storedJob = (row: JobRow): StoredJob => ({
  id: row.id,
  queue: row.queue,
  payload: row.payload,
  status: row.status,
  attempts: row.attempts,
  maxAttempts: row.max_attempts,
  schedule: row.schedule,
  scheduledFor: row.scheduled_for === null ? null : new Date(row.scheduled_for),
  correlationId: row.correlation_id,
});

/**
 * The statements on the `job` table. Each runs in the transaction of the EntityManager it is given, or
 * alone when that one has none (statementRunner).
 */
export class JobRecords {
  private readonly sql: SqlRunner;

  constructor(em: EntityManager) {
    this.sql = statementRunner(em);
  }

  async find(id: string): Promise<StoredJob | null> {
    const [row] = await this.sql.rows<JobRow>(`select ${COLUMNS} from job where id = ?`, [id]);
    return row ? storedJob(row) : null;
  }

  /** Starts an attempt of an unfinished job (visible at once: its own statement): the job, or null when it has finished or does not exist. */
  async start(id: string): Promise<StoredJob | null> {
    const [row] = await this.sql.rows<JobRow>(
      `update job set status = 'RUNNING', attempts = attempts + 1, started_at = now(), updated_at = now() where id = ? and ${UNFINISHED} returning ${COLUMNS}`,
      [id],
    );
    return row ? storedJob(row) : null;
  }

  /**
   * Locks the job's row for the rest of the transaction: a second run of the same job (a re-enqueued copy
   * while the first still runs) waits here, then finds it finished. Whether it is still unfinished.
   */
  async lockUnfinished(id: string): Promise<boolean> {
    const [row] = await this.sql.rows<{ status: JobStatus }>('select status from job where id = ? for update', [id]);
    return row !== undefined && (row.status === 'QUEUED' || row.status === 'RUNNING');
  }

  async complete(id: string, result: unknown): Promise<void> {
    await this.sql.run(
      `update job set status = 'COMPLETED', result = ?::jsonb, last_error = null, finished_at = now(), updated_at = now() where id = ?`,
      [result === undefined ? null : JSON.stringify(result), id],
    );
  }

  /** An attempt failed and another will follow: back to QUEUED with its error. */
  async attemptFailed(id: string, message: string): Promise<void> {
    await this.sql.run(`update job set status = 'QUEUED', last_error = ?, updated_at = now() where id = ? and ${UNFINISHED}`, [message, id]);
  }

  /** The job gives up: FAILED with its error, unless it has finished meanwhile (then null). */
  async giveUp(id: string, message: string): Promise<StoredJob | null> {
    const [row] = await this.sql.rows<JobRow>(
      `update job set status = 'FAILED', last_error = ?, finished_at = now(), updated_at = now() where id = ? and ${UNFINISHED} returning ${COLUMNS}`,
      [message, id],
    );
    return row ? storedJob(row) : null;
  }

  /** Unfinished jobs of these queues whose row has not changed for `seconds`, oldest first. */
  async unfinishedIdleFor(queues: readonly string[], seconds: number, limit: number): Promise<StoredJob[]> {
    if (queues.length === 0) return [];
    const rows = await this.sql.rows<JobRow>(
      `select ${COLUMNS} from job where ${UNFINISHED} and updated_at < now() - make_interval(secs => ?) and queue = any(?::text[]) order by updated_at limit ?`,
      [seconds, `{${queues.join(',')}}`, limit],
    );
    return rows.map(storedJob);
  }

  /** Deletes up to `limit` rows of a queue finished more than `days` ago; how many. */
  async purgeFinished(queue: string, days: number, limit: number): Promise<number> {
    return this.sql.run(
      `delete from job where id in (select id from job where finished_at < now() - make_interval(days => ?) and queue = ? limit ?)`,
      [days, queue, limit],
    );
  }

  /** The row of a scheduled run, unless its schedule's firing was recorded already (a retried tick). */
  async insertScheduledRun(run: ScheduledRun, correlationId: string | null): Promise<void> {
    await this.sql.run(
      `insert into job (id, created_at, updated_at, queue, payload, status, attempts, max_attempts, schedule, scheduled_for, correlation_id)
       values (?, now(), now(), ?, ?::jsonb, 'QUEUED', 0, ?, ?, ?, ?) on conflict (id) do nothing`,
      [run.id, run.queue, JSON.stringify(run.payload), run.maxAttempts, run.schedule, run.scheduledFor, correlationId],
    );
  }
}
