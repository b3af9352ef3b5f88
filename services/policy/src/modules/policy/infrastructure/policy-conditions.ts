import { raw, type FilterQuery } from '@mikro-orm/postgresql';
import type { ScopeFilter } from '@imis/auth';
import { uuidArrayLiteral } from '@imis/persistence';
import type { Policy } from './policy.entity';

/**
 * Policies of families living in the scope, as a condition of the query itself (the insuree projection's
 * family village; a deleted family keeps it). Build once per query: MikroORM consumes a raw fragment.
 */
export function ofFamiliesIn(scope: ScopeFilter): FilterQuery<Policy>[] {
  if (scope.everywhere) return [];
  const condition = raw(
    (alias: string) => `"${alias}"."family_id" in (select f.id from projected_family f where f.village_id = any(?::uuid[]))`,
    [uuidArrayLiteral(scope.locationIds)],
  );
  return [{ [condition]: [] } as FilterQuery<Policy>];
}

/** Policies holding a current coverage row of the insuree. */
export function coveringInsuree(insureeId: string): FilterQuery<Policy> {
  const condition = raw(
    (alias: string) => `"${alias}"."id" in (select ip.policy_id from insuree_policy ip where ip.insuree_id = ? and ip.deleted_at is null)`,
    [insureeId],
  );
  return { [condition]: [] } as FilterQuery<Policy>;
}
