import type { DomainError } from '@imis/kernel';

/** A place as the funding rule sees it: a region or district (id, parent), or national (id null). */
export interface Place {
  id: string | null;
  parentId: string | null;
}

export const NATIONAL: Place = { id: null, parentId: null };

/**
 * §4 funding: the payer's location fits the product's when either contains the other: a national product or
 * payer fits everything, the same location fits, and a region fits its districts (both ways).
 */
export function placesFit(a: Place, b: Place): boolean {
  if (a.id === null || b.id === null) return true;
  return a.id === b.id || a.parentId === b.id || b.parentId === a.id;
}

/** The location funded: the product's own, or one of its districts when the product is a region's; any when national. */
export function fundedLocationFits(product: Place, funded: Place): boolean {
  if (product.id === null) return true;
  return funded.id === product.id || funded.parentId === product.id;
}

const error = (code: string, message: string, field: string): DomainError => ({ code, message, field });

export const fundingErrors = {
  productNotFound: () => error('PRODUCT_NOT_FOUND', 'No current product you may see has this id', 'productId'),
  payerNotFound: () => error('PAYER_NOT_FOUND', 'No current payer you may see has this id', 'payerId'),
  payerLocationMismatch: () => error('FUNDING_PAYER_LOCATION_MISMATCH', 'The payer’s location does not fit the product’s (national, the same, or a region and its district)', 'payerId'),
  locationInvalid: () =>
    error('FUNDING_LOCATION_INVALID', 'The location must be the product’s or one of its districts, a region or district in your data scope; none: national, unrestricted scope only', 'locationId'),
};
