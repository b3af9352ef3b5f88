import type { EntityManager } from '@mikro-orm/postgresql';
import type { ScopeFilter } from '@imis/auth';
import type { Page } from '@imis/graphql';
import { locationSubtreeSql } from '@imis/location-projection';
import { createdAfterSql, creationOrderSql, isUuid, uuidArrayLiteral } from '@imis/persistence';
import { Family } from './family.entity';
import { type InsureeFilter, insureeSearchConditions, joinConditions, type SqlCondition } from './insuree-search.sql';
import { Insuree } from './insuree.entity';
import { insureeScopeSql } from './registry-scope';

export interface FamilyFilter {
  headInsuranceNumber?: string | null;
  locationId?: string | null;
  poverty?: boolean | null;
  familyType?: string | null;
}

const INSUREE_COLUMNS = 'i.*';

/** A page of matches; `totalCount` null when not counted. */
export interface SearchPage<T> {
  rows: T[];
  totalCount: number | null;
}

/**
 * Reads of current families and insurees for a caller: its scope is a condition of every statement, so
 * pages and counts only ever see what the caller may see. Lists are keyset pages in creation order.
 */
export class RegistryReads {
  constructor(private readonly em: EntityManager) {}

  async insurees(ids: readonly string[], scope: ScopeFilter): Promise<Insuree[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    const scoped = insureeScopeSql(scope);
    return this.insureeRows(`select ${INSUREE_COLUMNS} from insuree i where i.id = any(?::uuid[]) and i.deleted_at is null and ${scoped.sql}`, [
      uuidArrayLiteral(valid),
      ...scoped.params,
    ]);
  }

  /** Current members of the given families, visible to the caller, heads first. */
  async members(familyIds: readonly string[], scope: ScopeFilter): Promise<Insuree[]> {
    const valid = familyIds.filter(isUuid);
    if (valid.length === 0) return [];
    const scoped = insureeScopeSql(scope);
    return this.insureeRows(
      `select ${INSUREE_COLUMNS} from insuree i where i.family_id = any(?::uuid[]) and i.deleted_at is null and ${scoped.sql} order by i.is_head desc, i.id`,
      [uuidArrayLiteral(valid), ...scoped.params],
    );
  }

  async searchInsurees(filter: InsureeFilter, page: Page, scope: ScopeFilter, counted = true): Promise<SearchPage<Insuree>> {
    const conditions = insureeSearchConditions(filter, scope);
    if (conditions === null) return { rows: [], totalCount: 0 };
    return this.page('insuree', conditions, page, counted, (sql, params) => this.insureeRows(sql, params));
  }

  async families(ids: readonly string[], scope: ScopeFilter): Promise<Family[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    const where: SqlCondition[] = [{ sql: 'f.id = any(?::uuid[]) and f.deleted_at is null', params: [uuidArrayLiteral(valid)] }, familyScopeSql(scope)];
    const { sql, params } = joinConditions(where);
    return this.familyRows(`select f.* from family f where ${sql}`, params);
  }

  async searchFamilies(filter: FamilyFilter, page: Page, scope: ScopeFilter, counted = true): Promise<SearchPage<Family>> {
    const conditions: SqlCondition[] = [{ sql: 'f.deleted_at is null', params: [] }, familyScopeSql(scope)];
    const number = filter.headInsuranceNumber?.trim();
    if (number) conditions.push({ sql: 'f.head_insuree_id in (select id from insuree where insurance_number = ? and deleted_at is null)', params: [number] });
    if (filter.locationId) {
      if (!isUuid(filter.locationId)) return { rows: [], totalCount: 0 };
      const below = locationSubtreeSql(filter.locationId);
      conditions.push({ sql: `f.village_id in ${below.sql}`, params: below.params });
    }
    if (filter.poverty !== undefined && filter.poverty !== null) conditions.push({ sql: 'f.poverty = ?', params: [filter.poverty] });
    if (filter.familyType) conditions.push({ sql: 'f.family_type = ?', params: [filter.familyType] });
    return this.page('family', conditions, page, counted, (sql, params) => this.familyRows(sql, params));
  }

  /**
   * One keyset page and, when `counted`, how many match in all. Counting visits every match (a common name
   * can match 5% of a national register) while the page stops at its size, so callers skip it when unread.
   */
  private async page<T>(
    table: 'insuree' | 'family',
    conditions: SqlCondition[],
    page: Page,
    counted: boolean,
    rows: (sql: string, params: unknown[]) => Promise<T[]>,
  ): Promise<SearchPage<T>> {
    const alias = table === 'insuree' ? 'i' : 'f';
    const matching = joinConditions(conditions);
    const keyset = joinConditions([matching, createdAfterSql(alias, page.after)]);
    const [found, [{ count }]] = await Promise.all([
      page.size === 0
        ? Promise.resolve([])
        : rows(`select ${alias}.* from ${table} ${alias} where ${keyset.sql} order by ${creationOrderSql(alias)} limit ${page.size + 1}`, keyset.params),
      counted
        ? this.em.getConnection().execute<{ count: string }[]>(`select count(*) as count from ${table} ${alias} where ${matching.sql}`, matching.params)
        : Promise.resolve([{ count: null }]),
    ]);
    return { rows: found, totalCount: count === null ? null : Number(count) };
  }

  private async insureeRows(sql: string, params: unknown[]): Promise<Insuree[]> {
    const rows = await this.em.getConnection().execute<Record<string, unknown>[]>(sql, params);
    return rows.map((row) => this.em.map(Insuree, row));
  }

  private async familyRows(sql: string, params: unknown[]): Promise<Family[]> {
    const rows = await this.em.getConnection().execute<Record<string, unknown>[]>(sql, params);
    return rows.map((row) => this.em.map(Family, row));
  }
}

function familyScopeSql(scope: ScopeFilter): SqlCondition {
  return scope.everywhere ? { sql: 'true', params: [] } : { sql: 'f.village_id = any(?::uuid[])', params: [uuidArrayLiteral(scope.locationIds)] };
}
