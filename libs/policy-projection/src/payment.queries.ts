import { isUuid, type ProjectionReader, readRows, textArrayLiteral, uuidArrayLiteral } from '@imis/persistence';
import type { PolicyState } from '@imis/contracts';

/** What the payment service reads of a product to check a payment: where and when it is sold. */
export interface ProductSaleRow {
  id: string;
  code: string;
  locationId: string | null;
  dateFrom: string;
  dateTo: string;
}

/** What the payment service reads of a family's policy to match a payment to it. */
export interface FamilyPolicyRow {
  id: string;
  familyId: string;
  productId: string;
  stage: PolicyState['stage'];
  status: PolicyState['status'];
  value: string;
  startDate: string;
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

/** The current policies of these families (any status, deleted ones left out), optionally of these products only: one query. */
export async function policiesOfFamilies(db: ProjectionReader, familyIds: readonly string[], productIds?: readonly string[]): Promise<FamilyPolicyRow[]> {
  const families = [...new Set(familyIds.filter(isUuid))];
  if (families.length === 0) return [];
  const products = productIds && [...new Set(productIds.filter(isUuid))];
  if (products && products.length === 0) return [];
  return readRows(
    db,
    `select id, family_id as "familyId", product_id as "productId", stage, status, value::text as value, to_char(start_date, 'YYYY-MM-DD') as "startDate"
     from projected_policy where family_id = any(?::uuid[]) and not deleted${products ? ' and product_id = any(?::uuid[])' : ''}`,
    products ? [uuidArrayLiteral(families), uuidArrayLiteral(products)] : [uuidArrayLiteral(families)],
  );
}
