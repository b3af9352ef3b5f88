import { isDeepStrictEqual } from 'util';
import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { expectVersion, flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import { createEvent, productUpdatedEvent } from '@imis/contracts';
import { ok } from '@imis/kernel';
import { recordEvent } from '@imis/messaging';
import { checkProductFields, mergeFields, type ProductFieldsCandidate } from '../domain/product-fields';
import { productErrors } from '../domain/product.errors';
import { Product, PRODUCT_CODE_UNIQUE_INDEX } from '../infrastructure/product.entity';
import { mayChange } from './product-access';
import type { ProductCommandMeta } from './product-command-meta';
import type { ProductInput } from './product-input';
import { checkConversion, checkedLines, checkProductLocation } from './product-references';
import { productFieldsOf, productState, productView, type ProductView } from './product.view';

export type UpdateProductData = ProductInput & {
  id: string;
  /** The version the client read: VERSION_CONFLICT if the product changed since. */
  version?: number | null;
};

/**
 * Changes the fields sent (a group such as `deductible` or `categoryLimits` is replaced whole; `itemLines`
 * or `serviceLines`, when sent, replace every line of that kind); the previous version, lines included,
 * goes to history. Lines not sent are not checked again against the catalogue.
 */
@Injectable()
export class UpdateProduct implements UseCase<UpdateProductData, { product: ProductView }, ProductCommandMeta> {
  readonly operation = 'updateProduct';

  async execute(tx: EntityManager, data: UpdateProductData, { actor, scope, visible }: ProductCommandMeta): Promise<{ product: ProductView }> {
    const products = tx.getRepository(Product);
    const product = (await products.findCurrent(data.id, visible, LockMode.PESSIMISTIC_WRITE)) ?? refuse(productErrors.notFound());
    if (!mayChange(scope, product.locationId)) refuse(productErrors.notFound());
    expectVersion(product, data.version);
    const { id: _id, version: _version, itemLines, serviceLines, ...sent } = data;
    const current = productFieldsOf(product);
    const moving = sent.locationId !== undefined && sent.locationId !== product.locationId;
    const converting = sent.conversionProductId !== undefined && sent.conversionProductId !== product.conversionProductId;
    const linesSent = itemLines !== undefined || serviceLines !== undefined;
    const [fields, locationId, conversionProductId, lines] = orRefuse(
      checkProductFields(mergeFields(current as ProductFieldsCandidate, sent)),
      moving ? await checkProductLocation(tx, sent.locationId ?? null, scope) : ok(product.locationId),
      converting ? await checkConversion(tx, product.id, sent.conversionProductId ?? null, visible) : ok(product.conversionProductId),
      linesSent
        ? await checkedLines(tx, {
            itemLines: itemLines === undefined ? product.itemLines : (itemLines ?? []),
            serviceLines: serviceLines === undefined ? product.serviceLines : (serviceLines ?? []),
          })
        : ok({ itemLines: product.itemLines, serviceLines: product.serviceLines }),
    );
    const next = { ...fields, locationId, conversionProductId, ...lines };
    if (isDeepStrictEqual(productFieldsOf(next), current)) return { product: productView(product) };
    if (next.code !== product.code && (await products.codeTaken(next.code, product.id))) refuse(productErrors.codeTaken());

    tx.assign(product, next);
    product.markChanged(actor);
    await flushOrRefuse(tx, { [PRODUCT_CODE_UNIQUE_INDEX]: productErrors.codeTaken });
    recordEvent(tx, createEvent(productUpdatedEvent, { subject: product.id, data: productState(product) }));
    return { product: productView(product) };
  }
}
