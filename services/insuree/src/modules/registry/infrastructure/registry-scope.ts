import type { ScopeFilter } from '@imis/auth';
import { uuidArrayLiteral } from '@imis/persistence';

/**
 * openIMIS scoping of insurees: one is visible when its family's village or its own current village is
 * in the scope (domain/scope-rules.ts). As a SQL condition on alias `i` with its parameters (none for an
 * unrestricted scope).
 */
export function insureeScopeSql(scope: ScopeFilter, alias = 'i'): { sql: string; params: unknown[] } {
  if (scope.everywhere) return { sql: 'true', params: [] };
  const ids = uuidArrayLiteral(scope.locationIds);
  return { sql: `(${alias}.family_village_id = any(?::uuid[]) or ${alias}.current_village_id = any(?::uuid[]))`, params: [ids, ids] };
}
