/** The locations a request may touch: everywhere, or exactly these ids (already expanded to descendants). */
export type ScopeFilter = { readonly everywhere: true } | { readonly everywhere: false; readonly locationIds: readonly string[] };

export const UNRESTRICTED: ScopeFilter = { everywhere: true };

export function allows(scope: ScopeFilter, locationId: string | null | undefined): boolean {
  if (scope.everywhere) return true;
  return locationId != null && scope.locationIds.includes(locationId);
}

/**
 * The scope as a query condition on one location column, for MikroORM `where` objects:
 * `{ ...whereInScope(scope, 'district') }` adds nothing for an administrator and `district IN (…)` otherwise.
 */
export function whereInScope<F extends string>(scope: ScopeFilter, field: F): Partial<Record<F, { $in: readonly string[] }>> {
  if (scope.everywhere) return {};
  return { [field]: { $in: scope.locationIds } } as Record<F, { $in: readonly string[] }>;
}
