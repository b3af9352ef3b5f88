import type { EntityManager } from '@mikro-orm/postgresql';
import type { Result } from '@imis/kernel';
import { catalogueReferences } from '../../catalogue';
import { checkDetails, type PriceListDetailInput, type PriceListDetailRow } from '../domain/price-list-details';
import { PRICE_LIST_MAX_DETAILS, type PriceListKind } from '../domain/price-list-kind';

/** Detail rows checked against the catalogue, read in one query for all of them. */
export async function checkedDetails(tx: EntityManager, kind: PriceListKind, details: readonly PriceListDetailInput[]): Promise<Result<PriceListDetailRow[]>> {
  const entries = details.length > PRICE_LIST_MAX_DETAILS ? new Map() : await catalogueReferences(tx, details.map((detail) => detail.entryId));
  return checkDetails(kind, details, entries);
}
