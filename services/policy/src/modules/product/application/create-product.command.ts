import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import { createEvent, productCreatedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { checkProductFields } from '../domain/product-fields';
import { productErrors } from '../domain/product.errors';
import { Product, PRODUCT_CODE_UNIQUE_INDEX } from '../infrastructure/product.entity';
import type { ProductCommandMeta } from './product-command-meta';
import type { ProductInput } from './product-input';
import { checkConversion, checkedLines, checkProductLocation } from './product-references';
import { productState, productView, type ProductView } from './product.view';

/** Creates a product with its item and service lines. */
@Injectable()
export class CreateProduct implements UseCase<ProductInput, { product: ProductView }, ProductCommandMeta> {
  readonly operation = 'createProduct';

  async execute(tx: EntityManager, data: ProductInput, { actor, scope, visible }: ProductCommandMeta): Promise<{ product: ProductView }> {
    const { itemLines, serviceLines, ...own } = data;
    const [fields, locationId, conversionProductId, lines] = orRefuse(
      checkProductFields(own),
      await checkProductLocation(tx, own.locationId ?? null, scope),
      await checkConversion(tx, null, own.conversionProductId ?? null, visible),
      await checkedLines(tx, { itemLines: itemLines ?? [], serviceLines: serviceLines ?? [] }),
    );
    if (await tx.getRepository(Product).codeTaken(fields.code)) refuse(productErrors.codeTaken());
    const product = tx.create(Product, { ...fields, locationId, conversionProductId, ...lines, changedBy: actor });
    await flushOrRefuse(tx, { [PRODUCT_CODE_UNIQUE_INDEX]: productErrors.codeTaken });
    recordEvent(tx, createEvent(productCreatedEvent, { subject: product.id, data: productState(product) }));
    return { product: productView(product) };
  }
}
