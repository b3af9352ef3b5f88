import { createHash } from 'crypto';

/** A node-postgres query: with a `name`, a prepared statement (parsed and planned once per connection). */
export interface PgStatement {
  readonly text: string;
  readonly values: readonly unknown[];
  readonly name?: string;
}

interface Shape {
  readonly text: string;
  readonly name: string | undefined;
}

const shapes = new Map<string, Shape>();
const SHAPES_CACHE_SIZE = 2_000;
const preparedNames = new Map<string, string>();

/**
 * How many distinct statement texts a process prepares: each one is kept by every pooled connection, on both sides,
 * for the connection's life, so a text built with values inside (which should not happen) must not grow them
 * without end; beyond this, statements run unnamed (parsed and planned each time, as before).
 */
export const PREPARED_STATEMENTS_MAX = 500;

/**
 * A statement with more bind values than this is a batch whose text grows with its rows (a VALUES list of one tuple
 * a row): it runs unnamed, planned each time (a fraction of its execution), instead of preparing one text per batch size.
 */
export const PREPARED_VALUES_MAX = 64;

/**
 * A statement with `?` placeholders as node-postgres runs it: numbered `$1`, `$2`… as knex numbers them (`\?` stays a
 * literal `?`, the jsonb operator) and, when it has bind values, named after its text, so that each connection
 * parses and plans it once and then only binds and executes it (PostgreSQL keeps a generic plan once it is no
 * worse than the custom ones: plan_cache_mode auto). A statement without values is sent as it is, unnamed; one with
 * more than PREPARED_VALUES_MAX values too, numbered.
 */
export function pgStatement(sql: string, values: readonly unknown[]): PgStatement {
  if (values.length === 0) return { text: sql, values };
  if (values.length > PREPARED_VALUES_MAX) return { text: numbered(sql), values };
  const { text, name } = shapeOf(sql);
  return name === undefined ? { text, values } : { name, text, values };
}

function shapeOf(sql: string): Shape {
  let shape = shapes.get(sql);
  if (shape !== undefined) return shape;
  const text = numbered(sql);
  shape = { text, name: preparedName(text) };
  if (shapes.size >= SHAPES_CACHE_SIZE) shapes.clear();
  shapes.set(sql, shape);
  return shape;
}

function numbered(sql: string): string {
  if (sql.includes('??')) throw new Error('sqlRunner: `??` (a knex identifier binding) is not supported');
  let position = 0;
  return sql.replace(/\\\?|\?/g, (match) => (match === '?' ? `$${++position}` : '?'));
}

function preparedName(text: string): string | undefined {
  const known = preparedNames.get(text);
  if (known !== undefined) return known;
  if (preparedNames.size >= PREPARED_STATEMENTS_MAX) {
    warnOnce();
    return undefined;
  }
  const name = `imis_${createHash('sha256').update(text).digest('base64url').slice(0, 32)}`;
  preparedNames.set(text, name);
  return name;
}

let warned = false;
function warnOnce(): void {
  if (warned) return;
  warned = true;
  process.emitWarning(
    `${PREPARED_STATEMENTS_MAX} distinct statement texts are prepared in this process; further ones run unnamed (is a statement built with values inside its text?)`,
    'PreparedStatementsWarning',
  );
}
