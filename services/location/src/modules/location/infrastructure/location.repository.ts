import { EntityRepository, type FilterQuery } from '@mikro-orm/postgresql';
import { UNRESTRICTED, type ScopeFilter } from '@imis/auth';
import type { Page } from '@imis/graphql';
import { containsPattern, createdAfterSql, creationOrderSql, inScope, isUuid, uuidArrayLiteral } from '@imis/persistence';
import type { LocationTypeCode } from '../domain/location-type';
import type { Location } from './location.entity';

/**
 * A current location as the list query reads it: its columns, no entity. Hydrating the page's entities
 * (identity map, references) cost more CPU than both SQL statements together (ADR 0005, seventh round).
 */
export interface LocationRecord {
  id: string;
  code: string;
  name: string;
  type: LocationTypeCode;
  parentId: string | null;
  ancestorIds: string[];
  malePopulation: number | null;
  femalePopulation: number | null;
  otherPopulation: number | null;
  families: number | null;
  version: number;
  validFrom: Date;
  changedBy: string;
  createdAt: Date;
}

const RECORD_COLUMNS = `"id", "code", "name", "type", "parent_id" as "parentId", "ancestor_ids" as "ancestorIds",
  "male_population" as "malePopulation", "female_population" as "femalePopulation", "other_population" as "otherPopulation",
  "families", "version", "valid_from" as "validFrom", "changed_by" as "changedBy", "created_at" as "createdAt"`;

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
   * One page of the current locations in the scope, in creation order, and how many match the filter in all;
   * the scope is a condition of both, so pages and totalCount count only what the caller sees. One
   * statement (the count, and the page joined to it), read as records rather than entities.
   */
  async search(filter: LocationFilter, page: Page, scope: ScopeFilter): Promise<{ rows: LocationRecord[]; totalCount: number }> {
    const condition = this.filterCondition(filter, scope);
    if (condition === undefined) return { rows: [], totalCount: 0 };
    const after = createdAfterSql('"location"', page.after);
    const found = await this.getEntityManager().execute<(Omit<LocationRecord, 'validFrom' | 'createdAt'> & { validFrom: string; createdAt: string; totalCount: number })[]>(
      `select "matching"."totalCount", "page".* from (select count(*)::int as "totalCount" from "location" where ${condition.sql}) as "matching"
        left join lateral (select ${RECORD_COLUMNS} from "location" where ${condition.sql} and ${after.sql} order by ${creationOrderSql('"location"')} limit ?) as "page" on true`,
      [...condition.params, ...condition.params, ...after.params, page.size + 1],
    );
    // The page is empty when the left join found nothing: one row with the count alone. The driver hands
    // timestamps over as text (MikroORM's setting), as they are for entities.
    const rows = found.filter((row) => row.id !== null).map(({ totalCount: _count, ...record }) => ({ ...record, validFrom: new Date(record.validFrom), createdAt: new Date(record.createdAt) }));
    return { rows, totalCount: found[0]?.totalCount ?? 0 };
  }

  /** The filter and scope as a SQL condition on current locations; `undefined` when they can match nothing. */
  private filterCondition(filter: LocationFilter, scope: ScopeFilter): { sql: string; params: unknown[] } | undefined {
    const conditions = ['"deleted_at" is null'];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      conditions.push(sql);
      params.push(value);
    };
    if (filter.type) add('"type" = ?', filter.type);
    if (filter.code) add('"code" = ?', filter.code.trim());
    if (filter.name) add('"name" ilike ?', containsPattern(filter.name.trim()));
    if (filter.parentId !== undefined && filter.parentId !== null) {
      if (!isUuid(filter.parentId)) return undefined;
      add('"parent_id" = ?', filter.parentId);
    }
    if (filter.ancestorId !== undefined && filter.ancestorId !== null) {
      if (!isUuid(filter.ancestorId)) return undefined;
      add('"ancestor_ids" @> ?::uuid[]', uuidArrayLiteral([filter.ancestorId]));
    }
    if (!scope.everywhere) add('"id" = any(?::uuid[])', uuidArrayLiteral(scope.locationIds));
    return { sql: conditions.join(' and '), params };
  }
}
