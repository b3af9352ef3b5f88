/** The locations a request may touch: everywhere, or exactly these ids (already expanded to descendants). */
export type ScopeFilter = { readonly everywhere: true } | { readonly everywhere: false; readonly locationIds: readonly string[] };

export const UNRESTRICTED: ScopeFilter = { everywhere: true };

export function allows(scope: ScopeFilter, locationId: string | null | undefined): boolean {
  if (scope.everywhere) return true;
  return locationId != null && scope.locationIds.includes(locationId);
}

/**
 * The record when one of its locations is in the scope, else null: commands load a record with this so that
 * one outside the caller's scope is answered exactly as an unknown id (the caller cannot tell it exists).
 */
export function withinScope<T>(scope: ScopeFilter, record: T | null | undefined, locationsOf: (record: T) => readonly (string | null)[]): T | null {
  if (record == null) return null;
  return scope.everywhere || locationsOf(record).some((id) => allows(scope, id)) ? record : null;
}

/**
 * The scope as a query condition on one location column, for MikroORM `where` objects:
 * `{ ...whereInScope(scope, 'district') }` adds nothing for an administrator and `district IN (…)` otherwise.
 */
export function whereInScope<F extends string>(scope: ScopeFilter, field: F): Partial<Record<F, { $in: readonly string[] }>> {
  if (scope.everywhere) return {};
  return { [field]: { $in: scope.locationIds } } as Record<F, { $in: readonly string[] }>;
}
