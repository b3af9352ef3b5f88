import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ScopeFilter } from '@imis/auth';
import type { Page } from '@imis/graphql';
import { itemsByIds, servicesByIds, type ProjectedMedicalItemRow, type ProjectedMedicalServiceRow } from '@imis/medical-projection';
import { type CreationKey, findHistory, isUuid, listedAs } from '@imis/persistence';
import { Product } from '../infrastructure/product.entity';
import type { ProductFilter } from '../infrastructure/product.repository';
import { productVersionView, type ProductVersionView } from './product-version.view';
import { productView, type ProductView } from './product.view';

/** Read side of products; every read takes what the caller may see. */
@Injectable()
export class ProductQueries {
  constructor(private readonly em: EntityManager) {}

  private get products() {
    return this.em.getRepository(Product);
  }

  async byId(id: string, visible: ScopeFilter): Promise<ProductView | null> {
    const product = await this.products.findCurrent(id, visible);
    return product && productView(product);
  }

  /** Current visible products with these ids, by id (one query: policies' `product` field, batched). */
  async byIds(ids: readonly string[], visible: ScopeFilter): Promise<Map<string, ProductView>> {
    return new Map((await this.products.findCurrentByIds(ids, visible)).map((product) => [product.id, productView(product)]));
  }

  async search(filter: ProductFilter, page: Page, visible: ScopeFilter): Promise<{ rows: (ProductView & CreationKey)[]; totalCount: number }> {
    const { rows, totalCount } = await this.products.search(filter, page, visible);
    return { rows: rows.map(listedAs(productView)), totalCount };
  }

  /** Past versions with their lines, oldest first; empty unless the product (current or deleted) is visible. */
  async history(id: string, visible: ScopeFilter): Promise<ProductVersionView[]> {
    if (!isUuid(id) || !(await this.products.existsVisible(id, visible))) return [];
    return (await findHistory(this.em, Product.name, id)).map(productVersionView);
  }

  /** The medical items with these ids as the projection holds them, deleted ones too (one query). */
  async items(ids: readonly string[]): Promise<Map<string, ProjectedMedicalItemRow>> {
    return new Map((await itemsByIds(this.em, ids, { includeDeleted: true })).map((item) => [item.id, item]));
  }

  async services(ids: readonly string[]): Promise<Map<string, ProjectedMedicalServiceRow>> {
    return new Map((await servicesByIds(this.em, ids, { includeDeleted: true })).map((service) => [service.id, service]));
  }
}
