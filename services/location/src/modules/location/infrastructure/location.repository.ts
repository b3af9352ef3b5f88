import { EntityRepository, type FilterQuery } from '@mikro-orm/postgresql';
import { UNRESTRICTED, type ScopeFilter } from '@imis/auth';
import type { Page } from '@imis/graphql';
import { containsPattern, inScope, isUuid, uuidArrayLiteral } from '@imis/persistence';
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

/**
 * Queries of current locations (deleted ones are history, reachable only through the history table).
 * Reads for a caller take its scope (ids it may see), applied in the SQL; commands read unscoped and
 * check the scope themselves.
 */
export class LocationRepository extends EntityRepository<Location> {
  findCurrent(id: string | null | undefined, scope: ScopeFilter = UNRESTRICTED): Promise<Location | null> {
    return isUuid(id) ? this.findOne({ $and: [{ id, deletedAt: null }, ...inScope<Location>(scope, 'id')] }) : Promise.resolve(null);
  }

  findCurrentByIds(ids: readonly string[], scope: ScopeFilter = UNRESTRICTED): Promise<Location[]> {
    return this.find({ $and: [{ id: { $in: ids.filter(isUuid) }, deletedAt: null }, ...inScope<Location>(scope, 'id')] });
  }

  /**
   * Whether a location, current or deleted, is the caller's to look back on: a current one it may see,
   * or one (deleted ones too) below a location of its data scope.
   */
  async isInHistoryScope(id: string, visible: ScopeFilter, data: ScopeFilter): Promise<boolean> {
    if (!isUuid(id)) return false;
    if (visible.everywhere) return true;
    const below = data.everywhere ? [] : data.locationIds;
    const rows = await this.getEntityManager().execute<{ id: string }[]>(
      `select "id" from "location"
        where "id" = ? and (("deleted_at" is null and "id" = any(?::uuid[])) or "ancestor_ids" && ?::uuid[])`,
      [id, uuidArrayLiteral(visible.locationIds), uuidArrayLiteral(below)],
    );
    return rows.length > 0;
  }

  async isCodeTaken(code: string, exceptId?: string): Promise<boolean> {
    const where: FilterQuery<Location> = { code, deletedAt: null };
    if (exceptId) where.id = { $ne: exceptId };
    return (await this.count(where)) > 0;
  }

  findCurrentChildren(parentIds: readonly string[], scope: ScopeFilter = UNRESTRICTED): Promise<Location[]> {
    return this.find(
      { $and: [{ parent: { $in: parentIds.filter(isUuid) }, deletedAt: null }, ...inScope<Location>(scope, 'id')] },
      { orderBy: { code: 'asc' } },
    );
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

  /**
   * One page of the current locations in the scope, in id order, and how many match the filter in all;
   * the scope is a condition of both statements, so pages and totalCount count only what the caller sees.
   */
  async search(filter: LocationFilter, page: Page, scope: ScopeFilter): Promise<{ rows: Location[]; totalCount: number }> {
    const where = this.filterQuery(filter);
    if (where === undefined) return { rows: [], totalCount: 0 };
    const matching = (): FilterQuery<Location> => ({ $and: [where, ...inScope<Location>(scope, 'id')] });
    const pageWhere = page.afterId ? { $and: [matching(), { id: { $gt: page.afterId } }] } : matching();
    const rows = page.size === 0 ? [] : await this.find(pageWhere, { orderBy: { id: 'asc' }, limit: page.size + 1 });
    return { rows, totalCount: await this.count(matching()) };
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
