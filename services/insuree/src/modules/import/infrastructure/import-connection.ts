import { Client, type ClientConfig, type QueryResult, type QueryResultRow } from 'pg';
import { healthFacilitiesByCodes, locationsByCodes, nodePostgresReader } from '@imis/location-projection';
import type { ImportRowError } from '../domain/import-row';

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

export interface OutboxInsert {
  id: string;
  subject: string;
  /** The whole CloudEvent as JSON text, exactly as recordEvent stores it. */
  payload: string;
}

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

/** INSERT … SELECT FROM unnest of one array parameter per column, numbered from `$first`; `$1` is changed_by. */
const unnestSql = (table: string, columns: readonly (readonly [string, string, ...unknown[]])[], first: number) => {
  const names = columns.map(([name]) => name).join(', ');
  const arrays = columns.map(([, type], index) => `$${index + first}::${type}[]`).join(', ');
  return `insert into ${table} (${names}, created_at, updated_at, valid_from, version, changed_by)
    select u.*, now(), now(), now(), 1, $1 from unnest(${arrays}) as u(${names})`;
};

const INSUREES_FROM = 2 + FAMILY_COLUMNS.length;
const OUTBOX_FROM = INSUREES_FROM + INSUREE_COLUMNS.length;
// One statement (data-modifying CTEs) per batch: one round trip instead of three, so PostgreSQL waits less
// for this process between statements while it checks the next batch.
const INSERT_BATCH = `with families as (${unnestSql('family', FAMILY_COLUMNS, 2)}),
  insurees as (${unnestSql('insuree', INSUREE_COLUMNS, INSUREES_FROM)}),
  events as (insert into outbox (id, subject, payload) values ($${OUTBOX_FROM}, $${OUTBOX_FROM + 1}, $${OUTBOX_FROM + 2}::json))
  select 1`;
const INSERT_ERRORS = `insert into insuree_import_error (import_id, "row", "column", code, message)
  select $1, u.* from unnest($2::int[], $3::text[], $4::text[], $5::text[]) as u`;
const ERRORS_CHUNK = 20_000;

/**
 * The import job's own connection: the bulk reads of the codes and numbers a file uses (array parameters,
 * one query each), then the one transaction of its writes: families, insurees and outbox rows set-based
 * (INSERT … SELECT FROM unnest, one statement per batch), the error report and the final status, committed
 * together, so a worker killed midway leaves nothing behind.
 */
export class ImportConnection {
  private last: Promise<unknown> = Promise.resolve();

  private constructor(private readonly client: Client) {}

  /** Runs statements one after the other even when callers queue several without waiting (pg refuses concurrent queries). */
  private query<R extends QueryResultRow = QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>> {
    const result = this.last.then(() => this.client.query<R>(text, values));
    this.last = result.catch(() => undefined);
    return result;
  }

  static async open(connection: ClientConfig): Promise<ImportConnection> {
    const client = new Client(connection);
    await client.connect();
    return new ImportConnection(client);
  }

  /** Current locations (any type) by code. */
  async locationsByCode(codes: readonly string[]): Promise<Map<string, { id: string; type: string }>> {
    if (codes.length === 0) return new Map();
    const rows = await locationsByCodes(nodePostgresReader({ query: (text, values) => this.query(text, values) }), codes);
    return new Map(rows.map((row) => [row.code, { id: row.id, type: row.type }]));
  }

  /** Current health facilities' ids by code. */
  async facilitiesByCode(codes: readonly string[]): Promise<Map<string, string>> {
    if (codes.length === 0) return new Map();
    const rows = await healthFacilitiesByCodes(nodePostgresReader({ query: (text, values) => this.query(text, values) }), codes);
    return new Map(rows.map((row) => [row.code, row.id]));
  }

  /** Of these numbers, those a current insuree holds. */
  async takenNumbers(numbers: readonly string[]): Promise<Set<string>> {
    if (numbers.length === 0) return new Set();
    const { rows } = await this.query<{ insurance_number: string }>(
      'select insurance_number from insuree where deleted_at is null and insurance_number = any($1::text[])',
      [numbers],
    );
    return new Set(rows.map((row) => row.insurance_number));
  }

  async begin(): Promise<void> {
    await this.query('begin');
  }

  /**
   * Compresses the (large) batch events with lz4 rather than pglz when the server has it: the outbox
   * inserts cost less than half as much. Same durability; the session is this job's alone.
   */
  async preferFastCompression(): Promise<void> {
    await this.client.query("set default_toast_compression = 'lz4'").catch(() => undefined);
  }

  async rollback(): Promise<void> {
    await this.query('rollback');
  }

  /** A batch of families, their members and the batch's event, in one statement. */
  async insertBatch(families: readonly FamilyInsert[], insurees: InsureeColumns, event: OutboxInsert, changedBy: string): Promise<void> {
    await this.query(INSERT_BATCH, [
      changedBy,
      ...FAMILY_COLUMNS.map(([, , key]) => families.map((family) => family[key])),
      ...INSUREE_COLUMNS.map(([name]) => insurees[name]),
      event.id,
      event.subject,
      event.payload,
    ]);
  }

  async insertErrors(importId: string, errors: readonly ImportRowError[]): Promise<void> {
    for (let start = 0; start < errors.length; start += ERRORS_CHUNK) {
      const chunk = errors.slice(start, start + ERRORS_CHUNK);
      await this.query(INSERT_ERRORS, [
        importId,
        chunk.map((error) => error.row),
        chunk.map((error) => error.column),
        chunk.map((error) => error.code),
        chunk.map((error) => error.message),
      ]);
    }
  }

  async finish(importId: string, outcome: ImportOutcome): Promise<void> {
    await this.query(
      `update insuree_import set status = $2, phase = null, total_rows = $3, rows_done = $3, errors_count = $4, families_created = $5,
         insurees_created = $6, failure_message = $7, content = ''::bytea, finished_at = clock_timestamp(), updated_at = clock_timestamp() where id = $1`,
      [importId, outcome.status, outcome.totalRows, outcome.errorsCount, outcome.familiesCreated, outcome.insureesCreated, outcome.failureMessage],
    );
  }

  async commit(): Promise<void> {
    await this.query('commit');
  }

  /** Ends the connection; a transaction still open is rolled back by the server. */
  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }
}
