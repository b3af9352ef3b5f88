import { collect, isMoney, moneyToCents, normalizeMoney, type DomainError, type Result } from '@imis/kernel';
import { entryField, PRICE_LIST_MAX_DETAILS, type PriceListKind } from './price-list-kind';
import { priceListErrors } from './price-list.errors';

/** One detail row as sent: the item (or service) it prices and its price override (null: the register price). */
export interface PriceListDetailInput {
  entryId: string;
  price: string | null;
}

/** A valid detail row (price as canonical money, "12.50"). */
export interface PriceListDetailRow {
  entryId: string;
  price: string | null;
}

/** What the catalogue holds under an id a detail row names. */
export interface CatalogueEntryRef {
  kind: PriceListKind;
  deleted: boolean;
}

/**
 * Validates a list's detail rows against what the catalogue holds under their ids (`entries`, read in one
 * query): each row names a current item (ITEMS) or service (SERVICES) once, with an override ≥ 0 or none.
 * Every bad row is reported, each under `details[i].itemId|serviceId|price`.
 */
export function checkDetails(
  kind: PriceListKind,
  details: readonly PriceListDetailInput[],
  entries: ReadonlyMap<string, CatalogueEntryRef>,
): Result<PriceListDetailRow[]> {
  if (details.length > PRICE_LIST_MAX_DETAILS) return { ok: false, errors: [priceListErrors.tooManyDetails()] };
  const errors: DomainError[] = [];
  const seen = new Set<string>();
  details.forEach((detail, index) => {
    const field = `details[${index}].${entryField(kind)}`;
    const entry = entries.get(detail.entryId);
    if (seen.has(detail.entryId)) errors.push(priceListErrors.detailDuplicate(field));
    else if (!entry) errors.push(priceListErrors.detailUnknown(kind, field));
    else if (entry.kind !== kind) errors.push(priceListErrors.detailWrongKind(kind, field));
    else if (entry.deleted) errors.push(priceListErrors.detailDeleted(kind, field));
    seen.add(detail.entryId);
    if (detail.price !== null && (!isMoney(detail.price) || moneyToCents(detail.price) < 0)) {
      errors.push(priceListErrors.detailPriceInvalid(`details[${index}].price`));
    }
  });
  return collect(errors, () => details.map(({ entryId, price }) => ({ entryId, price: price === null ? null : normalizeMoney(price) })));
}
