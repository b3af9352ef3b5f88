/**
 * Database errors without the personal data they carry. A MikroORM DriverException's message is the SQL
 * with its bound values inlined by knex (`insert into "insuree" (...) values ('Müller', ...) - duplicate key
 * ...`), and it copies the PostgreSQL error's fields: `detail` (`Key (chf_id)=(123456789) already exists`,
 * `Failing row contains (...)`), `where`, `internalQuery`. PostgreSQL's own message may quote a value too
 * (`invalid input syntax for type uuid: "..."`). What is kept: the class, the SQLSTATE, the schema, table,
 * column, data type and constraint names, and the statement with every literal replaced by `?`.
 */

/** The class names whose instances (and subclasses' instances) are database errors: MikroORM's and pg's. */
const DATABASE_ERROR_CLASSES = new Set(['DriverException', 'DatabaseError']);
/** PostgreSQL error fields that name things (never values). */
const NAME_FIELDS = ['schema', 'table', 'column', 'dataType', 'constraint', 'routine'] as const;
const STATEMENT = /^\s*(select|insert|update|delete|with|merge|copy|call|create|alter|drop|truncate|lock|set)\b/i;
const MAX_STATEMENT_LENGTH = 2_000;

export interface RedactedDatabaseError {
  type: string;
  message: string;
  code?: string;
  schema?: string;
  table?: string;
  column?: string;
  dataType?: string;
  constraint?: string;
  routine?: string;
  /** The statement with every literal replaced by `?`, when the message carried it. */
  sql?: string;
  stack?: string;
}

/** True for a MikroORM DriverException (any subclass) or a pg DatabaseError. */
export function isDatabaseError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  for (let prototype = Object.getPrototypeOf(error); prototype && prototype !== Error.prototype; prototype = Object.getPrototypeOf(prototype)) {
    if (DATABASE_ERROR_CLASSES.has((prototype as { constructor?: { name?: string } }).constructor?.name ?? '')) return true;
  }
  return false;
}

/** What may be logged or stored of a database error. */
export function redactDatabaseError(error: Error): RedactedDatabaseError {
  const fields = error as unknown as Record<string, unknown>;
  const redacted: RedactedDatabaseError = { type: error.constructor?.name || error.name, message: '' };
  if (typeof fields.code === 'string' || typeof fields.code === 'number') redacted.code = String(fields.code);
  for (const name of NAME_FIELDS) if (typeof fields[name] === 'string') redacted[name] = fields[name] as string;
  redacted.message = databaseErrorSummary(redacted);
  const sql = statementWithoutValues(error.message);
  if (sql) redacted.sql = sql;
  if (error.stack) redacted.stack = [`${redacted.type}: ${redacted.message}`, ...stackFrames(error.stack)].join('\n');
  return redacted;
}

/** One line: `UniqueConstraintViolationException, SQLSTATE 23505, table insuree, constraint insuree_chf_id_unique`. */
function databaseErrorSummary(redacted: RedactedDatabaseError): string {
  const parts = [redacted.type];
  if (redacted.code) parts.push(/^[0-9A-Z]{5}$/.test(redacted.code) ? `SQLSTATE ${redacted.code}` : `code ${redacted.code}`);
  if (redacted.table) parts.push(`table ${redacted.table}`);
  if (redacted.column) parts.push(`column ${redacted.column}`);
  if (redacted.constraint) parts.push(`constraint ${redacted.constraint}`);
  return parts.join(', ');
}

function stackFrames(stack: string): string[] {
  return stack.split('\n').filter((line) => line.trim().startsWith('at '));
}

/**
 * The SQL statement at the start of a knex error message (`<statement> - <PostgreSQL message>`) with its
 * string, bit-string and numeric literals replaced by `?`; undefined when the message does not start with a
 * statement or has no ` - ` after it (a PostgreSQL message alone, which may quote a value, gives nothing).
 */
export function statementWithoutValues(message: string): string | undefined {
  if (!STATEMENT.test(message)) return undefined;
  let sql = '';
  let index = 0;
  while (index < message.length) {
    const char = message[index]!;
    if (char === "'") {
      index = afterQuoted(message, index, "'");
      sql += '?';
    } else if (char === '"') {
      const end = afterQuoted(message, index, '"');
      sql += message.slice(index, end);
      index = end;
    } else if (/\d/.test(char) && !/[\w$.]/.test(message[index - 1] ?? ' ')) {
      while (index < message.length && /[\d.eE]/.test(message[index]!)) index++;
      sql += '?';
    } else if (message.startsWith(' - ', index)) {
      return sql.length > MAX_STATEMENT_LENGTH ? `${sql.slice(0, MAX_STATEMENT_LENGTH)}…` : sql;
    } else {
      sql += char;
      index++;
    }
  }
  return undefined;
}

/** The index after the quoted text starting at `start` (a doubled quote is part of it). */
function afterQuoted(text: string, start: number, quote: string): number {
  let index = start + 1;
  while (index < text.length) {
    if (text[index] === quote) {
      if (text[index + 1] !== quote) return index + 1;
      index += 2;
    } else index++;
  }
  return text.length;
}
