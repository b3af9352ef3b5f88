import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import { createEvent, productCreatedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { checkProductFields, type ProductFieldsCandidate } from '../domain/product-fields';
import { productErrors } from '../domain/product.errors';
import { Product, PRODUCT_CODE_UNIQUE_INDEX } from '../infrastructure/product.entity';
import type { ProductCommandMeta } from './product-command-meta';
import { checkConversion, checkProductLocation, currentLinesOnly } from './product-references';
import { productFieldsOf, productState, productView, type ProductView } from './product.view';

export interface DuplicateProductData {
  /** The product to copy: any current product the user may see. */
  id: string;
  code?: string | null;
  name?: string | null;
  /** `undefined`: the source's location; null: national. Either must be one the user may change. */
  locationId?: string | null;
}

/**
 * A new product with every field and line of another one, under a new code and name. Lines whose item or
 * service has been deleted since are left out, and so is a conversion product no longer current or visible.
 */
@Injectable()
export class DuplicateProduct implements UseCase<DuplicateProductData, { product: ProductView }, ProductCommandMeta> {
  readonly operation = 'duplicateProduct';

  async execute(tx: EntityManager, data: DuplicateProductData, { actor, scope, visible }: ProductCommandMeta): Promise<{ product: ProductView }> {
    const products = tx.getRepository(Product);
    const source = (await products.findCurrent(data.id, visible)) ?? refuse(productErrors.notFound());
    const { itemLines, serviceLines, ...copied } = productFieldsOf(source);
    const [fields, locationId] = orRefuse(
      checkProductFields({ ...(copied as ProductFieldsCandidate), code: data.code ?? null, name: data.name ?? null }),
      await checkProductLocation(tx, data.locationId === undefined ? source.locationId : data.locationId, scope),
    );
    if (await products.codeTaken(fields.code)) refuse(productErrors.codeTaken());
    const conversion = await checkConversion(tx, null, source.conversionProductId, visible);
    const lines = await currentLinesOnly(tx, { itemLines, serviceLines });
    const product = tx.create(Product, { ...fields, locationId, conversionProductId: conversion.ok ? conversion.value : null, ...lines, changedBy: actor });
    await flushOrRefuse(tx, { [PRODUCT_CODE_UNIQUE_INDEX]: productErrors.codeTaken });
    recordEvent(tx, createEvent(productCreatedEvent, { subject: product.id, data: productState(product) }));
    return { product: productView(product) };
  }
}
