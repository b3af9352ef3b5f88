import { Client, type ClientConfig } from 'pg';
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

const unnestSql = (table: string, columns: readonly (readonly [string, string, ...unknown[]])[]) => {
  const names = columns.map(([name]) => name).join(', ');
  const arrays = columns.map(([, type], index) => `$${index + 2}::${type}[]`).join(', ');
  return `insert into ${table} (${names}, created_at, updated_at, valid_from, version, changed_by)
    select u.*, now(), now(), now(), 1, $1 from unnest(${arrays}) as u(${names})`;
};

const INSERT_FAMILIES = unnestSql('family', FAMILY_COLUMNS);
const INSERT_INSUREES = unnestSql('insuree', INSUREE_COLUMNS);
const INSERT_ERRORS = `insert into insuree_import_error (import_id, "row", "column", code, message)
  select $1, u.* from unnest($2::int[], $3::text[], $4::text[], $5::text[]) as u`;
const ERRORS_CHUNK = 20_000;

/**
 * The import job's own connection: the bulk reads of the codes and numbers a file uses (array parameters,
 * one query each), then the one transaction of its writes: families, insurees and outbox rows set-based
 * (INSERT … SELECT FROM unnest, one statement per chunk), the error report and the final status, committed
 * together, so a worker killed midway leaves nothing behind.
 */
export class ImportConnection {
  private constructor(private readonly client: Client) {}

  static async open(connection: ClientConfig): Promise<ImportConnection> {
    const client = new Client(connection);
    await client.connect();
    return new ImportConnection(client);
  }

  /** Current locations (any type) by code. */
  async locationsByCode(codes: readonly string[]): Promise<Map<string, { id: string; type: string }>> {
    if (codes.length === 0) return new Map();
    const { rows } = await this.client.query<{ code: string; id: string; type: string }>(
      'select code, id, type from projected_location where not deleted and code = any($1::text[])',
      [codes],
    );
    return new Map(rows.map((row) => [row.code, { id: row.id, type: row.type }]));
  }

  /** Current health facilities' ids by code. */
  async facilitiesByCode(codes: readonly string[]): Promise<Map<string, string>> {
    if (codes.length === 0) return new Map();
    const { rows } = await this.client.query<{ code: string; id: string }>(
      'select code, id from projected_health_facility where not deleted and code = any($1::text[])',
      [codes],
    );
    return new Map(rows.map((row) => [row.code, row.id]));
  }

  /** Of these numbers, those a current insuree holds. */
  async takenNumbers(numbers: readonly string[]): Promise<Set<string>> {
    if (numbers.length === 0) return new Set();
    const { rows } = await this.client.query<{ insurance_number: string }>(
      'select insurance_number from insuree where deleted_at is null and insurance_number = any($1::text[])',
      [numbers],
    );
    return new Set(rows.map((row) => row.insurance_number));
  }

  async begin(): Promise<void> {
    await this.client.query('begin');
  }

  async insertFamilies(families: readonly FamilyInsert[], changedBy: string): Promise<void> {
    if (families.length === 0) return;
    const arrays = FAMILY_COLUMNS.map(([, , key]) => families.map((family) => family[key]));
    await this.client.query(INSERT_FAMILIES, [changedBy, ...arrays]);
  }

  async insertInsurees(columns: InsureeColumns, changedBy: string): Promise<void> {
    if (columns.id.length === 0) return;
    await this.client.query(INSERT_INSUREES, [changedBy, ...INSUREE_COLUMNS.map(([name]) => columns[name])]);
  }

  async insertOutbox(messages: readonly OutboxInsert[]): Promise<void> {
    // One row per statement: a batch event is hundreds of kB, better sent as its own parameter than escaped into an array.
    for (const message of messages) {
      await this.client.query('insert into outbox (id, subject, payload) values ($1, $2, $3::jsonb)', [message.id, message.subject, message.payload]);
    }
  }

  async insertErrors(importId: string, errors: readonly ImportRowError[]): Promise<void> {
    for (let start = 0; start < errors.length; start += ERRORS_CHUNK) {
      const chunk = errors.slice(start, start + ERRORS_CHUNK);
      await this.client.query(INSERT_ERRORS, [
        importId,
        chunk.map((error) => error.row),
        chunk.map((error) => error.column),
        chunk.map((error) => error.code),
        chunk.map((error) => error.message),
      ]);
    }
  }

  async finish(importId: string, outcome: ImportOutcome): Promise<void> {
    await this.client.query(
      `update insuree_import set status = $2, phase = null, total_rows = $3, rows_done = $3, errors_count = $4, families_created = $5,
         insurees_created = $6, failure_message = $7, finished_at = now(), updated_at = now() where id = $1`,
      [importId, outcome.status, outcome.totalRows, outcome.errorsCount, outcome.familiesCreated, outcome.insureesCreated, outcome.failureMessage],
    );
  }

  async commit(): Promise<void> {
    await this.client.query('commit');
  }

  /** Ends the connection; a transaction still open is rolled back by the server. */
  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }
}
