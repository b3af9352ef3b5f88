import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, readRows, uuidArrayLiteral } from '@imis/persistence';

/** Where a health facility is, from the projections: its district and the district's ancestors (root first). */
export interface FacilityPlacement {
  id: string;
  districtId: string;
  districtAncestorIds: string[];
}

/** The current facilities with these ids, each with its district's ancestry: one query. */
export async function facilityPlacements(tx: EntityManager, ids: readonly string[]): Promise<Map<string, FacilityPlacement>> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return new Map();
  const rows = await readRows<FacilityPlacement>(
    tx,
    `select f.id, f.district_id as "districtId", coalesce(l.ancestor_ids, '{}') as "districtAncestorIds"
     from projected_health_facility f left join projected_location l on l.id = f.district_id
     where f.id = any(?::uuid[]) and not f.deleted`,
    [uuidArrayLiteral(valid)],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/** The facilities assigned to a list (either kind) with their placement, to check a new location of the list. */
export function facilitiesAssignedTo(tx: EntityManager, priceListId: string): Promise<FacilityPlacement[]> {
  return readRows<FacilityPlacement>(
    tx,
    `select f.id, f.district_id as "districtId", coalesce(l.ancestor_ids, '{}') as "districtAncestorIds"
     from facility_price_lists a join projected_health_facility f on f.id = a.id left join projected_location l on l.id = f.district_id
     where a.items_price_list_id = ? or a.services_price_list_id = ?`,
    [priceListId, priceListId],
  );
}
