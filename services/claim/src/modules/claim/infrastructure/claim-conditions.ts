import { raw, type FilterQuery } from '@mikro-orm/postgresql';
import { uuidArrayLiteral } from '@imis/persistence';
import type { ClaimScope } from '../application/claim-scope';
import type { Claim } from './claim.entity';

/**
 * The claims of the scope, as conditions of the query itself: a claim administrator’s facility; else facilities of
 * the scope’s districts or insurees living in its locations. Build once per query: MikroORM consumes a raw fragment.
 */
export function claimsIn(scope: ClaimScope): FilterQuery<Claim>[] {
  if (scope.claimAdmin) return [{ healthFacilityId: scope.claimAdmin.healthFacilityId }];
  if (scope.locations.everywhere) return [];
  const ids = uuidArrayLiteral(scope.locations.locationIds);
  const condition = raw(
    (alias: string) =>
      `("${alias}"."health_facility_id" in (select hf.id from health_facility hf where hf.district_id = any(?::uuid[]))
        or "${alias}"."insuree_id" in (select i.id from projected_insuree i where coalesce(i.current_village_id, i.family_village_id) = any(?::uuid[])))`,
    [ids, ids],
  );
  return [{ [condition]: [] } as FilterQuery<Claim>];
}
