import { EntityRepository, type LockMode, raw, type FilterQuery } from '@mikro-orm/postgresql';
import type { ScopeFilter } from '@imis/auth';
import type { Page } from '@imis/graphql';
import { containsPattern, CREATION_ORDER, createdAfter, isUuid, uuidArrayLiteral } from '@imis/persistence';
import type { PriceListKind } from '../domain/price-list-kind';
import type { PriceList } from './price-list.entity';

/** Row locks a command takes on the lists it reads. */
export type RowLock = LockMode.PESSIMISTIC_READ | LockMode.PESSIMISTIC_WRITE;

export interface PriceListFilter {
  name?: string | null;
  /** Lists located exactly there. */
  locationId?: string | null;
  /** National lists only (true) or located ones only (false). */
  national?: boolean | null;
}

/**
 * Price lists a caller may see (`visible`: national ones, and those located in it), as a condition of the
 * query itself. Built once per query: MikroORM consumes a raw fragment when it renders it.
 */
function visibleIn(scope: ScopeFilter): FilterQuery<PriceList>[] {
  if (scope.everywhere) return [];
  const condition = raw((alias: string) => `("${alias}"."location_id" is null or "${alias}"."location_id" = any(?::uuid[]))`, [uuidArrayLiteral(scope.locationIds)]);
  return [{ [condition]: [] } as FilterQuery<PriceList>];
}

/** Queries of current price lists; commands and reads pass what the caller may see. */
export class PriceListRepository extends EntityRepository<PriceList> {
  /**
   * A current list of this kind visible in the scope. A command that changes it locks its row (`lockMode`),
   * so that an assignment checking the list waits for the change (and sees it) rather than racing it.
   */
  findCurrent(id: string | null | undefined, kind: PriceListKind, visible: ScopeFilter, lockMode?: RowLock): Promise<PriceList | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.findOne({ $and: [{ id, deletedAt: null, kind }, ...visibleIn(visible)] }, lockMode ? { lockMode } : {});
  }

  /** Current lists (any kind) visible in the scope; an assignment reads them `for share` (PESSIMISTIC_READ). */
  findCurrentByIds(ids: readonly string[], visible: ScopeFilter, lockMode?: RowLock): Promise<PriceList[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.find({ $and: [{ id: { $in: valid }, deletedAt: null }, ...visibleIn(visible)] }, lockMode ? { lockMode } : {});
  }

  /** Whether a list of this kind, current or deleted, is visible in the scope (to read its history). */
  async existsVisible(id: string, kind: PriceListKind, visible: ScopeFilter): Promise<boolean> {
    if (!isUuid(id)) return false;
    return (await this.count({ $and: [{ id, kind }, ...visibleIn(visible)] })) > 0;
  }

  /** One page of the current visible lists of a kind matching the filter, in creation order, and how many match in all. */
  async search(kind: PriceListKind, filter: PriceListFilter, page: Page, visible: ScopeFilter): Promise<{ rows: PriceList[]; totalCount: number }> {
    const where: Record<string, unknown> = { kind, deletedAt: null };
    if (filter.name) where.name = { $ilike: containsPattern(filter.name.trim()) };
    if (filter.locationId) {
      if (!isUuid(filter.locationId)) return { rows: [], totalCount: 0 };
      where.locationId = filter.locationId;
    } else if (filter.national === true) where.locationId = null;
    else if (filter.national === false) where.locationId = { $ne: null };
    const matching = (): FilterQuery<PriceList> => ({ $and: [where as FilterQuery<PriceList>, ...visibleIn(visible)] });
    const pageWhere = { $and: [matching(), ...createdAfter<PriceList>(page.after)] };
    const rows = page.size === 0 ? [] : await this.find(pageWhere, { orderBy: CREATION_ORDER, limit: page.size + 1 });
    return { rows, totalCount: await this.count(matching()) };
  }
}
