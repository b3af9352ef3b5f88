import { RIGHT_CATALOGUE } from './right-catalogue';

/**
 * The right codes a user passes: its roles' rights, and for an administrator (who passes every check,
 * `RequestUser.hasRights`) every right of the catalogue too. Sorted, each once.
 */
export function rightsPassed(isAdministrator: boolean, held: readonly number[]): number[] {
  const codes = isAdministrator ? [...held, ...RIGHT_CATALOGUE.map((right) => right.code)] : held;
  return [...new Set(codes)].sort((a, b) => a - b);
}
