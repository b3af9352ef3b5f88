import type { EntityManager } from '@mikro-orm/postgresql';
import type { ScopeFilter } from '@imis/auth';
import { ok, refused, type Result } from '@imis/kernel';
import { locationsByIds } from '@imis/location-projection';
import { itemsByIds, servicesByIds } from '@imis/medical-projection';
import { closesConversionLoop } from '../domain/conversion-chain';
import { PRODUCT_MAX_LINES } from '../domain/product-codes';
import { checkProductLines, type CatalogueRef, type ProductLines } from '../domain/product-lines';
import { productErrors } from '../domain/product.errors';
import { Product } from '../infrastructure/product.entity';
import { mayChange } from './product-access';

/**
 * Where a product may be sold, set by this scope: a current region or district of the location projection
 * within it, or nowhere in particular (national) with an unrestricted scope. A location outside the scope
 * answers as an unknown one.
 */
export async function checkProductLocation(tx: EntityManager, locationId: string | null, scope: ScopeFilter): Promise<Result<string | null>> {
  if (locationId === null) return mayChange(scope, null) ? ok(null) : refused(productErrors.locationInvalid());
  const [location] = await locationsByIds(tx, [locationId]);
  const sellable = location && (location.type === 'R' || location.type === 'D') && mayChange(scope, location.id);
  return sellable ? ok(location.id) : refused(productErrors.locationInvalid());
}

/**
 * The product policies of `productId` (null: a new product) renew into: a current product the user may see,
 * not the product itself, and not one whose own conversion chain leads back to it.
 */
export async function checkConversion(tx: EntityManager, productId: string | null, conversionId: string | null, visible: ScopeFilter): Promise<Result<string | null>> {
  if (conversionId === null) return ok(null);
  if (conversionId === productId) return refused(productErrors.conversionSelf());
  const products = tx.getRepository(Product);
  if (!(await products.findCurrent(conversionId, visible))) return refused(productErrors.conversionInvalid());
  if (productId && closesConversionLoop(productId, conversionId, await products.conversionChain(conversionId))) return refused(productErrors.conversionLoop());
  return ok(conversionId);
}

/** The lines checked against the medical projection: every item and every service they name, read in two queries. */
export async function checkedLines(tx: EntityManager, lines: ProductLines): Promise<Result<ProductLines>> {
  const catalogue = new Map<string, CatalogueRef>();
  if (lines.itemLines.length + lines.serviceLines.length <= PRODUCT_MAX_LINES) {
    const ids = [...lines.itemLines, ...lines.serviceLines].flatMap((line) => [line.itemId, line.serviceId]).filter((id): id is string => !!id);
    const [items, services] = await Promise.all([itemsByIds(tx, ids, { includeDeleted: true }), servicesByIds(tx, ids, { includeDeleted: true })]);
    for (const item of items) catalogue.set(item.id, { kind: 'item', deleted: item.deleted });
    for (const service of services) catalogue.set(service.id, { kind: 'service', deleted: service.deleted });
  }
  return checkProductLines(lines, catalogue);
}

/** The lines whose item or service is still current in the medical projection (a copy leaves the others out). */
export async function currentLinesOnly(tx: EntityManager, lines: ProductLines): Promise<ProductLines> {
  const ids = [...lines.itemLines.map((line) => line.itemId), ...lines.serviceLines.map((line) => line.serviceId)].filter((id): id is string => !!id);
  const [items, services] = await Promise.all([itemsByIds(tx, ids), servicesByIds(tx, ids)]);
  const currentItems = new Set(items.map((item) => item.id));
  const currentServices = new Set(services.map((service) => service.id));
  return {
    itemLines: lines.itemLines.filter((line) => line.itemId && currentItems.has(line.itemId)),
    serviceLines: lines.serviceLines.filter((line) => line.serviceId && currentServices.has(line.serviceId)),
  };
}
