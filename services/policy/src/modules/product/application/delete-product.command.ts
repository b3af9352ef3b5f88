import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { expectVersion, refuse, type UseCase } from '@imis/application';
import { createEvent, productDeletedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { productErrors } from '../domain/product.errors';
import { Product } from '../infrastructure/product.entity';
import { mayChange } from './product-access';
import type { ProductCommandMeta } from './product-command-meta';
import { ProductUsage } from './product-usage';
import { productView, type ProductView } from './product.view';

export interface DeleteProductData {
  id: string;
  version?: number | null;
}

/** Soft-deletes a product (kept as history with its lines), unless current policies use it. */
@Injectable()
export class DeleteProduct implements UseCase<DeleteProductData, { product: ProductView }, ProductCommandMeta> {
  readonly operation = 'deleteProduct';

  constructor(private readonly usage: ProductUsage) {}

  async execute(tx: EntityManager, data: DeleteProductData, { actor, scope, visible }: ProductCommandMeta): Promise<{ product: ProductView }> {
    const product = (await tx.getRepository(Product).findCurrent(data.id, visible, LockMode.PESSIMISTIC_WRITE)) ?? refuse(productErrors.notFound());
    if (!mayChange(scope, product.locationId)) refuse(productErrors.notFound());
    expectVersion(product, data.version);
    if (await this.usage.hasCurrentPolicies(tx, product.id)) refuse(productErrors.inUse());
    product.markDeleted(actor);
    await tx.flush();
    recordEvent(tx, createEvent(productDeletedEvent, { subject: product.id, data: { id: product.id, code: product.code, version: product.version } }));
    return { product: productView(product) };
  }
}
