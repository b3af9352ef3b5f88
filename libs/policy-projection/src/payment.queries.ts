import { type ProjectionReader, readRows, textArrayLiteral } from '@imis/persistence';

/** What the payment service reads of a product to check a payment: where and when it is sold. */
export interface ProductSaleRow {
  id: string;
  code: string;
  locationId: string | null;
  dateFrom: string;
  dateTo: string;
}

/**
 * The current (not deleted) products with these codes, one per code: the one whose sale window ends last
 * (a deleted product's code may have been reused). One query.
 */
export async function productsByCodes(db: ProjectionReader, codes: readonly string[]): Promise<ProductSaleRow[]> {
  if (codes.length === 0) return [];
  return readRows(
    db,
    `select distinct on (code) id, code, location_id as "locationId", to_char(date_from, 'YYYY-MM-DD') as "dateFrom", to_char(date_to, 'YYYY-MM-DD') as "dateTo"
     from projected_product where code = any(?::text[]) and not deleted order by code, date_to desc, id desc`,
    [textArrayLiteral([...new Set(codes)])],
  );
}
