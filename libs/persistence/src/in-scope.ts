import { raw, type FilterQuery } from '@mikro-orm/postgresql';
import { uuidArrayLiteral } from './sql';

/** A location scope (as @imis/auth's ScopeFilter): everywhere, or exactly these location ids. */
export type LocationIdScope = { readonly everywhere: true } | { readonly everywhere: false; readonly locationIds: readonly string[] };

/**
 * A location scope as a condition of the query itself, on one uuid column: nothing for an unrestricted
 * scope, `column = any($n::uuid[])` otherwise (one array parameter however many locations the scope
 * holds). Spread it into a `$and`: `{ $and: [where, ...inScope(scope, 'id')] }`.
 *
 * Build it once per query: MikroORM consumes a raw fragment when it renders it.
 */
export function inScope<T extends object>(scope: LocationIdScope, column: string): FilterQuery<T>[] {
  if (scope.everywhere) return [];
  const condition = raw((alias: string) => `"${alias}"."${column}" = any(?::uuid[])`, [uuidArrayLiteral(scope.locationIds)]);
  return [{ [condition]: [] } as FilterQuery<T>];
}
