import { raw, type FilterQuery } from '@mikro-orm/postgresql';
import type { ScopeFilter } from '@imis/auth';
import { uuidArrayLiteral } from '@imis/persistence';
import type { Premium } from './premium.entity';

/**
 * Premiums of policies of families living in the scope, as a condition of the query itself (the policy and
 * insuree projections; a deleted family keeps its village). Build once per query: MikroORM consumes a raw fragment.
 */
export function ofPoliciesIn(scope: ScopeFilter): FilterQuery<Premium>[] {
  if (scope.everywhere) return [];
  const condition = raw(
    (alias: string) =>
      `"${alias}"."policy_id" in (select p.id from projected_policy p join projected_family f on f.id = p.family_id where f.village_id = any(?::uuid[]))`,
    [uuidArrayLiteral(scope.locationIds)],
  );
  return [{ [condition]: [] } as FilterQuery<Premium>];
}
