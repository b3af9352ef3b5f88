import { isCalendarDate } from '@imis/kernel';
import { isUuid, type ProjectionReader, readRows, textArrayLiteral } from '@imis/persistence';
import { decideEffectivePrice, type CatalogueLineCandidate, type EffectivePriceOutcome, type PriceListDetailCandidate } from './effective-price';

/** One claim line to price: at this facility, this item or service (by code), on this day (YYYY-MM-DD). */
export interface EffectivePriceTuple {
  healthFacilityId: string;
  kind: 'ITEM' | 'SERVICE';
  code: string;
  date: string;
}

/** The tuple, the rule's outcome, and the item's or service's id when the code is in the register. */
export type EffectivePrice = EffectivePriceTuple & EffectivePriceOutcome & { itemId: string | null; serviceId: string | null };

interface CandidateRow {
  n: number;
  lineId: string | null;
  linePrice: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  priceListId: string | null;
  priceListDate: string | null;
  priceListDeleted: boolean | null;
  listed: boolean;
  override: string | null;
}

// Every tuple yields at least one row (left joins): its current lines with the code (one, normally), the
// facility's list of that kind, and the list's detail for each line. The rule itself is decided in JS.
const CANDIDATES = `select t.n::int as n, l.id as "lineId", l.price::text as "linePrice",
    to_char(l.effective_from, 'YYYY-MM-DD') as "effectiveFrom", to_char(l.effective_to, 'YYYY-MM-DD') as "effectiveTo",
    pl.id as "priceListId", to_char(pl.date, 'YYYY-MM-DD') as "priceListDate", pl.deleted as "priceListDeleted",
    d.line_id is not null as listed, d.price::text as override
  from unnest(?::uuid[], ?::text[], ?::text[]) with ordinality as t(health_facility_id, kind, code, n)
  left join lateral (
    select i.id, i.price, i.effective_from, i.effective_to from projected_medical_item i where t.kind = 'ITEM' and i.code = t.code and not i.deleted
    union all
    select s.id, s.price, s.effective_from, s.effective_to from projected_medical_service s where t.kind = 'SERVICE' and s.code = t.code and not s.deleted
  ) l on true
  left join projected_facility_price_lists f on f.health_facility_id = t.health_facility_id
  left join projected_price_list pl on pl.id = case t.kind when 'ITEM' then f.items_price_list_id else f.services_price_list_id end
    and pl.kind = case t.kind when 'ITEM' then 'ITEMS' else 'SERVICES' end
  left join projected_price_list_detail d on d.price_list_id = pl.id and d.line_id = l.id
  order by t.n, l.id`;

/**
 * The effective price of each (facility, item or service code, date) tuple, one result per tuple in the
 * same order, by the rule of `decideEffectivePrice`: ONE statement per call whatever the number of tuples
 * (arrays unnested and joined to the projected tables on their indexes). A facility id that is not a
 * UUID has no price list; a date that is not YYYY-MM-DD or an unknown kind is a caller's bug (RangeError).
 */
export async function effectivePrices(db: ProjectionReader, tuples: readonly EffectivePriceTuple[]): Promise<EffectivePrice[]> {
  if (tuples.length === 0) return [];
  for (const tuple of tuples) {
    if (!isCalendarDate(tuple.date)) throw new RangeError(`effectivePrices: not a date: ${JSON.stringify(tuple.date)}`);
    if (tuple.kind !== 'ITEM' && tuple.kind !== 'SERVICE') throw new RangeError(`effectivePrices: not ITEM or SERVICE: ${JSON.stringify(tuple.kind)}`);
  }
  const facilities = `{${tuples.map((tuple) => (isUuid(tuple.healthFacilityId) ? tuple.healthFacilityId : 'NULL')).join(',')}}`;
  const rows = await readRows<CandidateRow>(db, CANDIDATES, [facilities, textArrayLiteral(tuples.map((tuple) => tuple.kind)), textArrayLiteral(tuples.map((tuple) => tuple.code))]);
  const byTuple = tuples.map(() => [] as CandidateRow[]);
  for (const row of rows) byTuple[row.n - 1].push(row);
  return tuples.map((tuple, index) => {
    const candidates = byTuple[index];
    const lines: CatalogueLineCandidate[] = [];
    const details: PriceListDetailCandidate[] = [];
    for (const row of candidates) {
      if (row.lineId === null) continue;
      lines.push({ id: row.lineId, price: row.linePrice!, deleted: false, effectiveFrom: row.effectiveFrom, effectiveTo: row.effectiveTo });
      if (row.listed) details.push({ lineId: row.lineId, price: row.override });
    }
    const list = candidates[0];
    const priceList = list.priceListId === null ? null : { id: list.priceListId, date: list.priceListDate!, deleted: list.priceListDeleted! };
    const outcome = decideEffectivePrice({ date: tuple.date, lines, priceList, details });
    const lineId = outcome.status === 'NOT_IN_REGISTER' ? null : outcome.lineId;
    return { ...tuple, ...outcome, itemId: tuple.kind === 'ITEM' ? lineId : null, serviceId: tuple.kind === 'SERVICE' ? lineId : null };
  });
}
