import type { EntityManager } from '@mikro-orm/postgresql';
import type { FacilityPriceListsAssignedData, PriceListState } from '@imis/contracts';

const UPSERT_LIST = `insert into projected_price_list (id, kind, name, location_id, date, deleted, version) values (?, ?, ?, ?, ?, false, ?)
  on conflict (id) do update set kind = excluded.kind, name = excluded.name, location_id = excluded.location_id, date = excluded.date,
    deleted = false, version = excluded.version
  where projected_price_list.version < excluded.version
  returning id`;

// A detail names an item (ITEMS list) or a service (SERVICES list); a line listed twice keeps its first row.
const INSERT_DETAILS = `insert into projected_price_list_detail (price_list_id, line_id, price)
  select ?, coalesce(t."itemId", t."serviceId"), t.price from json_to_recordset(?::json) as t("itemId" uuid, "serviceId" uuid, price numeric)
  where coalesce(t."itemId", t."serviceId") is not null
  on conflict do nothing`;

/**
 * A price list's full state (created, updated): the list row and, when it is newer than the stored one,
 * all its detail rows replaced. An older state changes nothing, details included.
 */
export async function upsertPriceList(em: EntityManager, state: PriceListState): Promise<void> {
  const { id, kind, name, locationId, date, details, version } = state;
  const applied = (await em.execute(UPSERT_LIST, [id, kind, name, locationId, date, version], 'all')) as unknown[];
  if (applied.length === 0) return;
  await em.execute('delete from projected_price_list_detail where price_list_id = ?', [id], 'run');
  if (details.length > 0) await em.execute(INSERT_DETAILS, [id, JSON.stringify(details)], 'run');
}

/** Marks the list deleted and drops its details, unless the projection holds a later version. */
export async function deletePriceList(em: EntityManager, id: string, version: number): Promise<void> {
  const applied = (await em.execute('update projected_price_list set deleted = true, version = ? where id = ? and version < ? returning id', [version, id, version], 'all')) as unknown[];
  if (applied.length > 0) await em.execute('delete from projected_price_list_detail where price_list_id = ?', [id], 'run');
}

/** The facility's two lists (either may be null), unless the projection holds a later assignment. */
export async function assignPriceLists(em: EntityManager, assignment: FacilityPriceListsAssignedData): Promise<void> {
  const { healthFacilityId, itemsPriceListId, servicesPriceListId, version } = assignment;
  await em.execute(
    `insert into projected_facility_price_lists (health_facility_id, items_price_list_id, services_price_list_id, version) values (?, ?, ?, ?)
     on conflict (health_facility_id) do update set items_price_list_id = excluded.items_price_list_id,
       services_price_list_id = excluded.services_price_list_id, version = excluded.version
     where projected_facility_price_lists.version < excluded.version`,
    [healthFacilityId, itemsPriceListId, servicesPriceListId, version],
    'run',
  );
}
