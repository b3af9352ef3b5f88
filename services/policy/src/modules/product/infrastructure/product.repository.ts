import { EntityRepository, type FilterQuery, type LockMode, raw } from '@mikro-orm/postgresql';
import type { ScopeFilter } from '@imis/auth';
import type { Page } from '@imis/graphql';
import { containsPattern, createdAfter, CREATION_ORDER, isUuid, readRows, uuidArrayLiteral } from '@imis/persistence';
import type { Product } from './product.entity';

export interface ProductFilter {
  /** Code starting with this, ignoring case. */
  code?: string | null;
  /** Part of the name, ignoring case. */
  name?: string | null;
  /** Products located exactly there. */
  locationId?: string | null;
  /** Products whose sale window contains this date ("YYYY-MM-DD"). */
  validOn?: string | null;
}

/**
 * Products a caller may see (`visible`: national ones, and those located in it) as a condition of the query
 * itself. Built once per query: MikroORM consumes a raw fragment when it renders it.
 */
function visibleIn(scope: ScopeFilter): FilterQuery<Product>[] {
  if (scope.everywhere) return [];
  const condition = raw((alias: string) => `("${alias}"."location_id" is null or "${alias}"."location_id" = any(?::uuid[]))`, [uuidArrayLiteral(scope.locationIds)]);
  return [{ [condition]: [] } as FilterQuery<Product>];
}

/** Queries of products; commands and reads pass what the caller may see. */
export class ProductRepository extends EntityRepository<Product> {
  /** A current product visible in the scope; a command changing it locks its row. */
  findCurrent(id: string | null | undefined, visible: ScopeFilter, lockMode?: LockMode): Promise<Product | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.findOne({ $and: [{ id, deletedAt: null }, ...visibleIn(visible)] }, lockMode ? { lockMode } : {});
  }

  /** Current products with these ids visible in the scope (one query). */
  findCurrentByIds(ids: readonly string[], visible: ScopeFilter): Promise<Product[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return Promise.resolve([]);
    return this.find({ $and: [{ id: { $in: valid }, deletedAt: null }, ...visibleIn(visible)] });
  }

  /** Whether a product, current or deleted, is visible in the scope (to read its history). */
  async existsVisible(id: string, visible: ScopeFilter): Promise<boolean> {
    if (!isUuid(id)) return false;
    return (await this.count({ $and: [{ id }, ...visibleIn(visible)] })) > 0;
  }

  async codeTaken(code: string, exceptId?: string): Promise<boolean> {
    return (await this.count({ code, deletedAt: null, ...(exceptId ? { id: { $ne: exceptId } } : {}) })) > 0;
  }

  /**
   * The conversion chain from a product: each current product reached by following conversion products,
   * with the one it converts into (one recursive statement, stopping on a loop).
   */
  async conversionChain(fromId: string): Promise<Map<string, string | null>> {
    const rows = await readRows<{ id: string; next: string | null }>(
      this.getEntityManager(),
      `with recursive chain(id, next, path) as (
         select id, conversion_product_id, array[id] from product where id = ? and deleted_at is null
         union all
         select p.id, p.conversion_product_id, c.path || p.id from chain c join product p on p.id = c.next and p.deleted_at is null
         where not p.id = any(c.path)
       ) select id, next from chain`,
      [fromId],
    );
    return new Map(rows.map((row) => [row.id, row.next]));
  }

  /** One page of the current visible products matching the filter, in creation order, and how many match in all. */
  async search(filter: ProductFilter, page: Page, visible: ScopeFilter): Promise<{ rows: Product[]; totalCount: number }> {
    const where: Record<string, unknown> = { deletedAt: null };
    if (filter.code?.trim()) where.code = { $ilike: `${escapeLike(filter.code.trim())}%` };
    if (filter.name?.trim()) where.name = { $ilike: containsPattern(filter.name.trim()) };
    if (filter.locationId) {
      if (!isUuid(filter.locationId)) return { rows: [], totalCount: 0 };
      where.locationId = filter.locationId;
    }
    if (filter.validOn) Object.assign(where, { dateFrom: { $lte: filter.validOn }, dateTo: { $gte: filter.validOn } });
    const matching = (): FilterQuery<Product> => ({ $and: [where as FilterQuery<Product>, ...visibleIn(visible)] });
    const pageWhere = { $and: [matching(), ...createdAfter<Product>(page.after)] };
    const rows = page.size === 0 ? [] : await this.find(pageWhere, { orderBy: CREATION_ORDER, limit: page.size + 1 });
    return { rows, totalCount: await this.count(matching()) };
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
