import type { ProductLineFields } from '../domain/product-codes';
import type { ProductFieldsCandidate } from '../domain/product-fields';

/** A product's fields as sent: own fields (any may be missing) and its lines; `undefined` means not sent. */
export type ProductInput = ProductFieldsCandidate & {
  itemLines?: ProductLineFields[] | null;
  serviceLines?: ProductLineFields[] | null;
};
