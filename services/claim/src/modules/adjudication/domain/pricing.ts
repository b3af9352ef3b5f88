import { moneyToCents } from '@imis/kernel';
import type { AdjudicationContext, MedicalEntry, PriceListDetail } from './adjudication-context';
import type { LineKind, PriceOrigin } from './claim-codes';
import type { ClaimFacility, ClaimLineInput } from './claim-to-adjudicate';

export function priceListDetailOf(
  facility: ClaimFacility,
  context: Pick<AdjudicationContext, 'priceLists'>,
  kind: LineKind,
  medicalId: string,
): PriceListDetail | undefined {
  const priceListId = kind === 'item' ? facility.itemsPriceListId : facility.servicesPriceListId;
  return priceListId === null ? undefined : context.priceLists[priceListId]?.details[medicalId];
}

/**
 * The adjusted unit price in cents (claims.md §3, step 1): the reviewer's approved price if set; otherwise the
 * provider's asked price for origin O, and for P and R the price list's override, else the register price.
 */
export function adjustedUnitPrice(line: ClaimLineInput, origin: PriceOrigin, entry: MedicalEntry, detail: PriceListDetail | undefined): number {
  if (line.priceApproved != null) return moneyToCents(line.priceApproved);
  if (origin === 'O') return moneyToCents(line.priceAsked);
  return moneyToCents(detail?.price ?? entry.price);
}

/** Quantity × unit price, in whole cents (quantities may carry decimals). */
export function lineAmount(quantity: number, unitCents: number): number {
  return Math.round(quantity * unitCents);
}
