import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { outboxInsert, type OutboxRow } from '@imis/messaging';
import type { RowError } from '@imis/tabular-files';
import type { CurrentDiagnosis } from '../domain/diagnosis-upload-plan';
import { UPLOAD_ERRORS } from './diagnosis-upload-error.entity';

/** A batch of changes, each row with the ids the job chose (the new diagnosis's, or the history row's). */
export interface DiagnosisBatch {
  readonly inserts: { readonly id: string; readonly code: string; readonly name: string }[];
  readonly updates: { readonly id: string; readonly name: string; readonly historyId: string }[];
  readonly deletes: { readonly id: string; readonly historyId: string }[];
}

export interface UploadOutcome {
  readonly status: 'SUCCEEDED' | 'FAILED';
  readonly totalRows: number;
  readonly errorsCount: number;
  readonly refusedRows: number;
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  readonly unchanged: number;
  readonly failureMessage: string | null;
}

// The previous version as the HistorySubscriber stores it (property names), so diagnosisHistory reads both alike.
const PREVIOUS_STATE = `jsonb_build_object('id', d.id, 'code', d.code, 'name', d.name, 'version', d.version, 'validFrom', d.valid_from,
  'changedBy', d.changed_by, 'createdAt', d.created_at, 'updatedAt', d.updated_at, 'deletedAt', d.deleted_at)`;
const HISTORY = (input: string) => `insert into history (id, created_at, updated_at, entity_type, entity_id, version, data, valid_from, valid_to, changed_by, replaced_by)
  select ${input}.history_id, now(), now(), 'Diagnosis', d.id, d.version, ${PREVIOUS_STATE}, d.valid_from, now(), d.changed_by, ?::text
  from diagnosis d join ${input} on ${input}.id = d.id`;

// One statement per batch (data-modifying CTEs, all reading the state before it): new rows, renamed rows and
// deleted rows with the previous version of each in history, and the batch's event.
const BATCH_SQL = (events: string) => `with
  new_rows as (select * from unnest(?::uuid[], ?::text[], ?::text[]) as u(id, code, name)),
  renamed as (select * from unnest(?::uuid[], ?::text[], ?::uuid[]) as u(id, name, history_id)),
  removed as (select * from unnest(?::uuid[], ?::uuid[]) as u(id, history_id)),
  inserted as (insert into diagnosis (id, code, name, created_at, updated_at, valid_from, version, changed_by)
    select id, code, name, ?::timestamptz, now(), now(), 1, ?::text from new_rows),
  renamed_history as (${HISTORY('renamed')}),
  removed_history as (${HISTORY('removed')}),
  updated as (update diagnosis d set name = renamed.name, version = d.version + 1, valid_from = now(), updated_at = now(), changed_by = ?::text
    from renamed where d.id = renamed.id),
  deleted as (update diagnosis d set deleted_at = now(), version = d.version + 1, valid_from = now(), updated_at = now(), changed_by = ?::text
    from removed where d.id = removed.id),
  events as (${events})
  select 1`;


/**
 * An upload's statements in its job's transaction (the one that also completes the job): the current
 * diagnoses read once, then the changes set-based, one statement per batch with its event, the error
 * report and the outcome; a worker killed midway leaves nothing behind.
 */
export class DiagnosisUploadStatements {
  private constructor(private readonly trx: Knex.Transaction) {}

  static of(tx: EntityManager): DiagnosisUploadStatements {
    const trx = tx.getTransactionContext<Knex.Transaction>();
    if (!trx) throw new Error("An upload's statements run in its job's transaction");
    return new DiagnosisUploadStatements(trx);
  }

  private async query<R>(sql: string, values: readonly unknown[] = []): Promise<R[]> {
    return ((await this.trx.raw(sql, values as unknown[])) as { rows: R[] }).rows;
  }

  /** Uploads change diagnoses one at a time (until commit): each plans against what the previous one left. */
  async lockDiagnoses(): Promise<void> {
    await this.query(`select pg_advisory_xact_lock(hashtext('imis.medical.diagnosis-upload'))`);
  }

  async current(): Promise<Map<string, CurrentDiagnosis>> {
    const rows = await this.query<CurrentDiagnosis>('select id, code, name, version from diagnosis where deleted_at is null');
    return new Map(rows.map((row) => [row.code, row]));
  }

  async writeBatch(batch: DiagnosisBatch, event: OutboxRow, changedBy: string): Promise<void> {
    const events = outboxInsert([event]);
    await this.query(BATCH_SQL(events.sql), [
      batch.inserts.map((row) => row.id),
      batch.inserts.map((row) => row.code),
      batch.inserts.map((row) => row.name),
      batch.updates.map((row) => row.id),
      batch.updates.map((row) => row.name),
      batch.updates.map((row) => row.historyId),
      batch.deletes.map((row) => row.id),
      batch.deletes.map((row) => row.historyId),
      new Date(),
      changedBy,
      changedBy,
      changedBy,
      changedBy,
      changedBy,
      ...events.values,
    ]);
  }

  insertErrors(uploadId: string, errors: readonly RowError[]): Promise<void> {
    return UPLOAD_ERRORS.insert((sql, values) => this.query(sql, values), uploadId, errors);
  }

  async finish(uploadId: string, outcome: UploadOutcome): Promise<void> {
    await this.query(
      `update diagnosis_upload set status = ?, total_rows = ?, errors_count = ?, refused_rows = ?, created = ?, updated = ?, deleted = ?, unchanged = ?,
         failure_message = ?, content = ''::bytea, finished_at = clock_timestamp(), updated_at = clock_timestamp() where id = ?`,
      [
        outcome.status,
        outcome.totalRows,
        outcome.errorsCount,
        outcome.refusedRows,
        outcome.created,
        outcome.updated,
        outcome.deleted,
        outcome.unchanged,
        outcome.failureMessage,
        uploadId,
      ],
    );
  }
}
