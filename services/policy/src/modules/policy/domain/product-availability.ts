/** What decides where and when a product is sold (a product row fits). */
export interface SoldProduct {
  readonly locationId: string | null;
  readonly dateFrom: string;
  readonly dateTo: string;
}

/**
 * Whether a family living in a village may buy the product on a date: a national product (no location)
 * is sold everywhere, a region's or district's in the villages below it; and the date is inside the sale
 * window (both ends included). `villageAndAncestors`: the family's village and every location above it.
 */
export function isProductAvailable(product: SoldProduct, villageAndAncestors: readonly string[], enrolDate: string): boolean {
  const located = product.locationId === null || villageAndAncestors.includes(product.locationId);
  return located && product.dateFrom <= enrolDate && enrolDate <= product.dateTo;
}
