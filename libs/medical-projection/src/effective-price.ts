/**
 * The effective price rule (MEDICAL.md, issue 12 §5), free of any storage: given what the catalogue holds
 * for one (health facility, item or service code, date), decide the price. The projection's set-based
 * `effectivePrices` and the medical service's `effectivePrice` query gather these candidates from their own
 * tables and both decide here, so they cannot disagree.
 */

/** Where the price comes from: the facility's price list override, or the register price. */
export type PriceOrigin = 'PRICE_LIST' | 'REGISTER';

/** An item or service holding the asked code. */
export interface CatalogueLineCandidate {
  id: string;
  /** Register price (money string). */
  price: string;
  deleted: boolean;
  /** YYYY-MM-DD; null = unbounded. */
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

/** The facility's assigned price list of the line's kind. */
export interface PriceListCandidate {
  id: string;
  /** YYYY-MM-DD: the day from which the list applies. */
  date: string;
  deleted: boolean;
}

/** A detail row of that list for one of the candidate lines. */
export interface PriceListDetailCandidate {
  lineId: string;
  /** The override (money string); null = the register price. */
  price: string | null;
}

export interface EffectivePriceCandidates {
  /** The day asked (YYYY-MM-DD). */
  date: string;
  /** The items (or services) with the code; deleted ones may be left out by the caller. */
  lines: readonly CatalogueLineCandidate[];
  /** The list of that kind assigned to the facility; null when it has none. */
  priceList: PriceListCandidate | null;
  /** The list's detail rows for the candidate lines (any others are ignored). */
  details: readonly PriceListDetailCandidate[];
}

export type EffectivePriceOutcome =
  | { status: 'PRICED'; price: string; origin: PriceOrigin; priceListId: string; lineId: string }
  /** Claim rejection reason 2: the line exists but the facility's list for that day does not hold it. */
  | { status: 'NOT_IN_PRICE_LIST'; lineId: string }
  /** Claim rejection reason 1: no current item/service with that code may be claimed on that day. */
  | { status: 'NOT_IN_REGISTER' };

const claimableOn = (line: CatalogueLineCandidate, date: string) =>
  !line.deleted && (line.effectiveFrom === null || line.effectiveFrom <= date) && (line.effectiveTo === null || date <= line.effectiveTo);

/**
 * 1. the current line with the code, effectiveFrom ≤ date ≤ effectiveTo, else NOT_IN_REGISTER;
 * 2. the facility's current list of that kind with list.date ≤ date holding a detail row for that line,
 *    else NOT_IN_PRICE_LIST;
 * 3. the override (origin PRICE_LIST), else the register price (origin REGISTER).
 * Dates are ISO calendar dates, so they compare as strings.
 */
export function decideEffectivePrice({ date, lines, priceList, details }: EffectivePriceCandidates): EffectivePriceOutcome {
  const line = lines.find((candidate) => claimableOn(candidate, date));
  if (!line) return { status: 'NOT_IN_REGISTER' };
  const detail = priceList && !priceList.deleted && priceList.date <= date ? details.find((row) => row.lineId === line.id) : undefined;
  if (!priceList || !detail) return { status: 'NOT_IN_PRICE_LIST', lineId: line.id };
  return detail.price === null
    ? { status: 'PRICED', price: line.price, origin: 'REGISTER', priceListId: priceList.id, lineId: line.id }
    : { status: 'PRICED', price: detail.price, origin: 'PRICE_LIST', priceListId: priceList.id, lineId: line.id };
}
