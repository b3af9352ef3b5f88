import { EntityRepository, type FilterQuery } from '@mikro-orm/postgresql';
import type { Page } from '@imis/graphql';
import { containsPattern, isUuid, uuidArrayLiteral } from '@imis/persistence';
import type { LocationTypeCode } from '../domain/location-type';
import type { Location } from './location.entity';

export interface LocationFilter {
  type?: LocationTypeCode | null;
  parentId?: string | null;
  /** Anywhere below this location (its whole subtree, itself excluded). */
  ancestorId?: string | null;
  code?: string | null;
  name?: string | null;
}

/** Queries of current locations (deleted ones are history, reachable only through the history table). */
export class LocationRepository extends EntityRepository<Location> {
  findCurrent(id: string | null | undefined): Promise<Location | null> {
    return isUuid(id) ? this.findOne({ id, deletedAt: null }) : Promise.resolve(null);
  }

  findCurrentByIds(ids: readonly string[]): Promise<Location[]> {
    return this.find({ id: { $in: ids.filter(isUuid) }, deletedAt: null });
  }

  async isCodeTaken(code: string, exceptId?: string): Promise<boolean> {
    const where: FilterQuery<Location> = { code, deletedAt: null };
    if (exceptId) where.id = { $ne: exceptId };
    return (await this.count(where)) > 0;
  }

  findCurrentChildren(parentIds: readonly string[]): Promise<Location[]> {
    return this.find({ parent: { $in: parentIds.filter(isUuid) }, deletedAt: null }, { orderBy: { code: 'asc' } });
  }

  countCurrentChildren(id: string): Promise<number> {
    return this.count({ parent: id, deletedAt: null });
  }

  /**
   * Rewrites the ancestors of every current location whose ancestors start with `oldPrefix` so they
   * start with `newPrefix` instead: one set-based statement for a whole moved subtree.
   */
  async replaceAncestorPrefix(oldPrefix: readonly string[], newPrefix: readonly string[]): Promise<number> {
    const result = await this.getEntityManager().execute<{ affectedRows: number }>(
      `update "location" set "ancestor_ids" = ?::uuid[] || "ancestor_ids"[? :]
        where "ancestor_ids" @> ?::uuid[] and "ancestor_ids"[1 : ?] = ?::uuid[] and "deleted_at" is null`,
      [
        uuidArrayLiteral(newPrefix),
        oldPrefix.length + 1,
        uuidArrayLiteral(oldPrefix.slice(-1)),
        oldPrefix.length,
        uuidArrayLiteral(oldPrefix),
      ],
      'run',
    );
    return result.affectedRows;
  }

  /** One page of current locations in id order, and how many match the filter in all. */
  async search(filter: LocationFilter, page: Page): Promise<{ rows: Location[]; totalCount: number }> {
    const where = this.filterQuery(filter);
    if (where === undefined) return { rows: [], totalCount: 0 };
    const pageWhere = page.afterId ? { $and: [where, { id: { $gt: page.afterId } }] } : where;
    const rows = page.size === 0 ? [] : await this.find(pageWhere, { orderBy: { id: 'asc' }, limit: page.size + 1 });
    return { rows, totalCount: await this.count(where) };
  }

  /** `undefined` when the filter can match nothing (an id that is not a UUID). */
  private filterQuery(filter: LocationFilter): FilterQuery<Location> | undefined {
    const where: Record<string, unknown> = { deletedAt: null };
    if (filter.type) where.type = filter.type;
    if (filter.code) where.code = filter.code.trim();
    if (filter.name) where.name = { $ilike: containsPattern(filter.name.trim()) };
    if (filter.parentId !== undefined && filter.parentId !== null) {
      if (!isUuid(filter.parentId)) return undefined;
      where.parent = filter.parentId;
    }
    if (filter.ancestorId !== undefined && filter.ancestorId !== null) {
      if (!isUuid(filter.ancestorId)) return undefined;
      where.ancestorIds = { $contains: [filter.ancestorId] };
    }
    return where as FilterQuery<Location>;
  }
}
