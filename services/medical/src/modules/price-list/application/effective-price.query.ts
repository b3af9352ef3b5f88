import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { allows, type ScopeFilter } from '@imis/auth';
import { decideEffectivePrice, type EffectivePriceCandidates, type EffectivePriceOutcome } from '@imis/medical-projection';
import { isUuid, readRows } from '@imis/persistence';
import type { PriceListKind } from '../domain/price-list-kind';
import { catalogueTable } from '../infrastructure/price-list-details.store';

interface FactsRow {
  districtId: string | null;
  entryId: string | null;
  registerPrice: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  priceListId: string | null;
  listDate: string | null;
  listed: boolean;
  override: string | null;
}

const LIST_COLUMN: Record<PriceListKind, string> = { ITEMS: 'items_price_list_id', SERVICES: 'services_price_list_id' };

/**
 * The effective price of an item or service (by code) at a facility on a date: the facts read by one
 * statement (indexed probes: the entry's current code, the facility's assignment, the list, the row's
 * primary key), the rule decided by `decideEffectivePrice` of @imis/medical-projection, the one the claim
 * and policy services' projections apply too. Null when the facility is unknown or
 * outside the caller's scope.
 */
@Injectable()
export class EffectivePriceQuery {
  constructor(private readonly em: EntityManager) {}

  async of(healthFacilityId: string, kind: PriceListKind, code: string, date: string, scope: ScopeFilter): Promise<EffectivePriceOutcome | null> {
    if (!isUuid(healthFacilityId)) return null;
    const [row] = await readRows<FactsRow>(
      this.em,
      `select f.district_id as "districtId", e.id as "entryId", e.price::text as "registerPrice",
              e.effective_from::text as "effectiveFrom", e.effective_to::text as "effectiveTo",
              l.id as "priceListId", l.date::text as "listDate", d.entry_id is not null as listed, d.price::text as override
       from projected_health_facility f
       left join ${catalogueTable(kind)} e on e.code = ? and e.deleted_at is null
       left join facility_price_lists a on a.id = f.id
       left join price_list l on l.id = a.${LIST_COLUMN[kind]} and l.deleted_at is null
       left join price_list_detail d on d.price_list_id = l.id and d.entry_id = e.id
       where f.id = ? and not f.deleted`,
      [code, healthFacilityId],
    );
    if (!row || !allows(scope, row.districtId)) return null;
    return decideEffectivePrice(candidatesOf(row, date));
  }
}

function candidatesOf(row: FactsRow, date: string): EffectivePriceCandidates {
  return {
    date,
    lines: row.entryId
      ? [{ id: row.entryId, price: row.registerPrice!, deleted: false, effectiveFrom: row.effectiveFrom, effectiveTo: row.effectiveTo }]
      : [],
    priceList: row.priceListId ? { id: row.priceListId, date: row.listDate!, deleted: false } : null,
    details: row.listed && row.entryId ? [{ lineId: row.entryId, price: row.override }] : [],
  };
}
