/** What the effective price of one (facility, item or service, date) is read from (one query). */
export interface EffectivePriceFacts {
  /** The current item (service) with the code asked, or null. */
  entry: { id: string; price: string; effectiveFrom: string | null; effectiveTo: string | null } | null;
  /** The facility's current list of that kind, or null when it has none. */
  priceList: { id: string; date: string } | null;
  /** The list's detail row for that entry, or null when the list has none. */
  detail: { price: string | null } | null;
}

export type EffectivePriceRefusal = 'NOT_IN_REGISTER' | 'NOT_IN_PRICE_LIST';

export type EffectivePrice =
  | { ok: true; price: string; origin: 'PRICE_LIST' | 'REGISTER'; priceListId: string; entryId: string }
  | { ok: false; refusal: EffectivePriceRefusal };

/**
 * The effective price rule (services/medical/README.md), shared with the medical projection:
 * 1. the current entry with that code, claimable on `date` (effectiveFrom ≤ date ≤ effectiveTo, nulls
 *    unbounded), else NOT_IN_REGISTER (claim rejection reason 1);
 * 2. the facility's current list of that kind, applying since `date` or before, with a detail row for the
 *    entry, else NOT_IN_PRICE_LIST (rejection reason 2);
 * 3. the row's override (origin PRICE_LIST), else the register price (origin REGISTER).
 * Dates are "YYYY-MM-DD", so they compare as strings.
 */
export function effectivePrice(facts: EffectivePriceFacts, date: string): EffectivePrice {
  const { entry, priceList, detail } = facts;
  if (!entry || (entry.effectiveFrom !== null && entry.effectiveFrom > date) || (entry.effectiveTo !== null && entry.effectiveTo < date)) {
    return { ok: false, refusal: 'NOT_IN_REGISTER' };
  }
  if (!priceList || priceList.date > date || !detail) return { ok: false, refusal: 'NOT_IN_PRICE_LIST' };
  return detail.price === null
    ? { ok: true, price: entry.price, origin: 'REGISTER', priceListId: priceList.id, entryId: entry.id }
    : { ok: true, price: detail.price, origin: 'PRICE_LIST', priceListId: priceList.id, entryId: entry.id };
}

