import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { outboxInsert, type OutboxRow } from '@imis/messaging';
import { healthFacilitiesByCodes, locationsByCodes } from '@imis/location-projection';
import type { ProjectionReader } from '@imis/persistence';
import type { ImportRowError } from '../domain/import-row';
import { IMPORT_ERRORS } from './insuree-import-error.entity';

/** A family row as inserted (ids chosen by the job: the head's id is known before either row exists). */
export interface FamilyInsert {
  id: string;
  headInsureeId: string;
  villageId: string;
  poverty: boolean | null;
  familyType: string | null;
  address: string | null;
  confirmationNumber: string | null;
  confirmationType: string | null;
}

/** Column arrays of a chunk of insurees, in the order of INSUREE_COLUMNS (built without an object per row). */
export type InsureeColumns = { [K in (typeof INSUREE_COLUMNS)[number][0]]: (string | boolean | null)[] };

export interface ImportOutcome {
  status: 'SUCCEEDED' | 'FAILED';
  totalRows: number;
  errorsCount: number;
  familiesCreated: number;
  insureesCreated: number;
  failureMessage: string | null;
}

// Every column an import sets; name_search is generated and the rest keep their defaults (status AC, version 1…).
export const INSUREE_COLUMNS = [
  ['id', 'uuid'],
  ['insurance_number', 'text'],
  ['family_id', 'uuid'],
  ['is_head', 'boolean'],
  ['family_village_id', 'uuid'],
  ['last_name', 'text'],
  ['other_names', 'text'],
  ['gender', 'text'],
  ['birth_date', 'date'],
  ['marital_status', 'text'],
  ['relationship', 'text'],
  ['profession', 'text'],
  ['education', 'text'],
  ['identification_type', 'text'],
  ['identification_number', 'text'],
  ['phone', 'text'],
  ['email', 'text'],
  ['current_address', 'text'],
  ['health_facility_id', 'uuid'],
] as const;

const FAMILY_COLUMNS = [
  ['id', 'uuid', 'id'],
  ['head_insuree_id', 'uuid', 'headInsureeId'],
  ['village_id', 'uuid', 'villageId'],
  ['poverty', 'boolean', 'poverty'],
  ['family_type', 'text', 'familyType'],
  ['address', 'text', 'address'],
  ['confirmation_number', 'text', 'confirmationNumber'],
  ['confirmation_type', 'text', 'confirmationType'],
] as const satisfies readonly (readonly [string, string, keyof FamilyInsert])[];

/**
 * INSERT … SELECT FROM unnest of one array parameter per column; its parameters are created_at, changed_by, then
 * the arrays. created_at comes from this process with millisecond precision, as every entity's: lists page on it.
 */
const unnestSql = (table: string, columns: readonly (readonly [string, string, ...unknown[]])[]) => {
  const names = columns.map(([name]) => name).join(', ');
  const arrays = columns.map(([, type]) => `?::${type}[]`).join(', ');
  return `insert into ${table} (${names}, created_at, updated_at, valid_from, version, changed_by)
    select u.*, ?::timestamptz, now(), now(), 1, ?::text from unnest(${arrays}) as u(${names})`;
};

// One statement (data-modifying CTEs) per batch: one round trip instead of three, so PostgreSQL waits less
// for this process between statements while it checks the next batch. The outbox part is libs/messaging's.
const insertBatchSql = (events: string) =>
  `with families as (${unnestSql('family', FAMILY_COLUMNS)}), insurees as (${unnestSql('insuree', INSUREE_COLUMNS)}), events as (${events}) select 1`;
const ROWS_SAVEPOINT = 'import_rows';

/**
 * The import's statements in its job's transaction (the transaction that also completes the job): the bulk
 * reads of the codes and numbers a file uses (array parameters, one query each), then its writes:
 * families, insurees and outbox rows set-based (INSERT … SELECT FROM unnest, one statement per batch), the
 * error report and the final status, committed together with the job, so a worker killed midway leaves
 * nothing behind. Statements go straight to the transaction's connection (parameters kept as parameters).
 */
export class ImportStatements {
  private last: Promise<unknown> = Promise.resolve();

  private constructor(private readonly trx: Knex.Transaction) {}

  static of(tx: EntityManager): ImportStatements {
    const trx = tx.getTransactionContext<Knex.Transaction>();
    if (!trx) throw new Error("An import's statements run in its job's transaction");
    return new ImportStatements(trx);
  }

  /** Runs statements one after the other even when callers queue several without waiting (one connection runs one at a time). */
  /** The location projection's read queries, run in this import's transaction. */
  private get projections(): ProjectionReader {
    return { execute: (sql, params) => this.query(sql, params) };
  }

  private query<R>(sql: string, values: readonly unknown[] = []): Promise<R[]> {
    const result = this.last.then(async () => ((await this.trx.raw(sql, values as unknown[])) as { rows: R[] }).rows);
    this.last = result.catch(() => undefined);
    return result;
  }

  /** Current locations (any type) by code. */
  async locationsByCode(codes: readonly string[]): Promise<Map<string, { id: string; type: string }>> {
    if (codes.length === 0) return new Map();
    const rows = await locationsByCodes(this.projections, codes);
    return new Map(rows.map((row) => [row.code, { id: row.id, type: row.type }]));
  }

  /** Current health facilities' ids by code. */
  async facilitiesByCode(codes: readonly string[]): Promise<Map<string, string>> {
    if (codes.length === 0) return new Map();
    const rows = await healthFacilitiesByCodes(this.projections, codes);
    return new Map(rows.map((row) => [row.code, row.id]));
  }

  /** Of these numbers, those a current insuree holds. */
  async takenNumbers(numbers: readonly string[]): Promise<Set<string>> {
    if (numbers.length === 0) return new Set();
    const rows = await this.query<{ insurance_number: string }>(
      'select insurance_number from insuree where deleted_at is null and insurance_number = any(?::text[])',
      [numbers],
    );
    return new Set(rows.map((row) => row.insurance_number));
  }

  /**
   * Compresses the (large) batch events with lz4 rather than pglz when the server has it: the outbox
   * inserts cost less than half as much. Same durability; for this transaction only.
   */
  async preferFastCompression(): Promise<void> {
    const [lz4] = await this.query(`select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any(enumvals)`);
    if (lz4) await this.query(`set local default_toast_compression = 'lz4'`);
  }

  /** Marks where the imported rows start: `discardRows` undoes them, keeping the transaction for the report. */
  async beginRows(): Promise<void> {
    await this.query(`savepoint ${ROWS_SAVEPOINT}`);
  }

  async discardRows(): Promise<void> {
    await this.query(`rollback to savepoint ${ROWS_SAVEPOINT}`);
  }

  /** A batch of families, their members and the batch's event, in one statement. */
  async insertBatch(families: readonly FamilyInsert[], insurees: InsureeColumns, event: OutboxRow, changedBy: string): Promise<void> {
    const events = outboxInsert([event]);
    const createdAt = new Date();
    await this.query(insertBatchSql(events.sql), [
      createdAt,
      changedBy,
      ...FAMILY_COLUMNS.map(([, , key]) => families.map((family) => family[key])),
      createdAt,
      changedBy,
      ...INSUREE_COLUMNS.map(([name]) => insurees[name]),
      ...events.values,
    ]);
  }

  insertErrors(importId: string, errors: readonly ImportRowError[]): Promise<void> {
    return IMPORT_ERRORS.insert((sql, values) => this.query(sql, values), importId, errors);
  }

  async finish(importId: string, outcome: ImportOutcome): Promise<void> {
    await this.query(
      `update insuree_import set status = ?, phase = null, total_rows = ?, rows_done = ?, errors_count = ?, families_created = ?,
         insurees_created = ?, failure_message = ?, content = ''::bytea, finished_at = clock_timestamp(), updated_at = clock_timestamp() where id = ?`,
      [outcome.status, outcome.totalRows, outcome.totalRows, outcome.errorsCount, outcome.familiesCreated, outcome.insureesCreated, outcome.failureMessage, importId],
    );
  }
}
