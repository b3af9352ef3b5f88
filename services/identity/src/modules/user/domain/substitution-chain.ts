import { ok, refused, type Result } from '@imis/kernel';
import { userAdminErrors } from './user-admin.errors';

/**
 * An officer's substitute, its substitute's substitute… must never come back to the officer: work handed
 * over along the chain would circle forever. `substituteOf` gives the current substitute of other officers.
 */
export function checkSubstitution(
  officerId: string,
  substitutionOfficerId: string | null,
  substituteOf: ReadonlyMap<string, string | null>,
): Result<string | null> {
  const seen = new Set<string>();
  for (let next = substitutionOfficerId; next !== null; next = substituteOf.get(next) ?? null) {
    if (next === officerId) return refused(userAdminErrors.substitutionLoop());
    if (seen.has(next)) break; // a loop among other officers, which this change neither makes nor closes
    seen.add(next);
  }
  return ok(substitutionOfficerId);
}
