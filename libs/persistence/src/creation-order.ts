import { raw, type FilterQuery } from '@mikro-orm/postgresql';

/**
 * A row's place in creation order: its creation stamp (set in process, millisecond precision), then its id
 * for rows created in the same millisecond. Ids alone are no order: clients may choose random (v4) ids.
 */
export interface CreationKey {
  readonly createdAt: Date;
  readonly id: string;
}

/** MikroORM `orderBy` of a list in creation order. */
export const CREATION_ORDER = { createdAt: 'asc', id: 'asc' } as const;

/**
 * The rows after `after` in creation order, as a condition to spread into a `$and` (none on a first page):
 * one row comparison, which PostgreSQL reads as a range of a `(created_at, id)` index. Build it once per
 * query: MikroORM consumes a raw fragment when it renders it. `column`: a table whose creation stamp has
 * another name.
 */
export function createdAfter<T extends object>(after: CreationKey | undefined, column = 'created_at'): FilterQuery<T>[] {
  if (!after) return [];
  const condition = raw((alias: string) => `("${alias}"."${column}", "${alias}"."id") > (?::timestamptz, ?::uuid)`, [after.createdAt.toISOString(), after.id]);
  return [{ [condition]: [] } as FilterQuery<T>];
}

/** The same for SQL written by hand on table alias `alias`: a condition (`true` on a first page) and its parameters. */
export function createdAfterSql(alias: string, after: CreationKey | undefined): { sql: string; params: unknown[] } {
  if (!after) return { sql: 'true', params: [] };
  return { sql: `(${alias}.created_at, ${alias}.id) > (?::timestamptz, ?::uuid)`, params: [after.createdAt.toISOString(), after.id] };
}

/** `order by` of hand-written SQL in creation order, on table alias `alias`. */
export function creationOrderSql(alias: string): string {
  return `${alias}.created_at, ${alias}.id`;
}

/** A list row's view that keeps the row's place in creation order (the cursor of its edge). */
export function listedAs<R extends CreationKey, V>(view: (row: R) => V): (row: R) => V & CreationKey {
  return (row) => ({ ...view(row), id: row.id, createdAt: row.createdAt });
}
