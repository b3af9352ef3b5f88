import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ScopeFilter } from '@imis/auth';
import type { IdPage, Page } from '@imis/graphql';
import { type CreationKey, findHistory, isUuid, listedAs, readRows, uuidArrayLiteral } from '@imis/persistence';
import type { PriceListKind } from '../domain/price-list-kind';
import type { PriceListDetailRow } from '../domain/price-list-details';
import { PriceList } from '../infrastructure/price-list.entity';
import type { PriceListFilter } from '../infrastructure/price-list.repository';
import type { FacilityPriceListsView } from './facility-price-lists.view';
import { priceListVersionView, type PriceListVersionView } from './price-list-version.view';
import { priceListView, type PriceListView } from './price-list.view';

/** Read side of price lists and facility assignments; every read takes what the caller may see. */
@Injectable()
export class PriceListQueries {
  constructor(private readonly em: EntityManager) {}

  private get lists() {
    return this.em.getRepository(PriceList);
  }

  async byId(kind: PriceListKind, id: string, visible: ScopeFilter): Promise<PriceListView | null> {
    const list = await this.lists.findCurrent(id, kind, visible);
    return list && priceListView(list);
  }

  async byIds(ids: readonly string[], visible: ScopeFilter): Promise<Map<string, PriceListView>> {
    return new Map((await this.lists.findCurrentByIds(ids, visible)).map((list) => [list.id, priceListView(list)]));
  }

  async search(kind: PriceListKind, filter: PriceListFilter, page: Page, visible: ScopeFilter): Promise<{ rows: (PriceListView & CreationKey)[]; totalCount: number }> {
    const { rows, totalCount } = await this.lists.search(kind, filter, page, visible);
    return { rows: rows.map(listedAs(priceListView)), totalCount };
  }

  /**
   * One page of a list's rows in entry id order (the cursor), and how many rows the list has. The list
   * itself was read in scope by the caller; the items or services of a page are loaded in one batch.
   */
  async details(list: Pick<PriceListView, 'id'>, page: IdPage): Promise<{ rows: PriceListDetailRow[]; totalCount: number }> {
    const after = page.afterId ?? '00000000-0000-0000-0000-000000000000';
    const rows =
      page.size === 0
        ? []
        : await readRows<PriceListDetailRow>(
            this.em,
            `select entry_id as "entryId", price::text as price from price_list_detail
             where price_list_id = ? and entry_id > ? order by entry_id limit ?`,
            [list.id, after, page.size + 1],
          );
    const [{ count }] = await readRows<{ count: string }>(this.em, 'select count(*) from price_list_detail where price_list_id = ?', [list.id]);
    return { rows, totalCount: Number(count) };
  }

  /** Past versions with their rows, oldest first; empty unless the list is of this kind and visible. */
  async history(kind: PriceListKind, id: string, visible: ScopeFilter): Promise<PriceListVersionView[]> {
    if (!isUuid(id) || !(await this.lists.existsVisible(id, kind, visible))) return [];
    return (await findHistory(this.em, PriceList.name, id)).map(priceListVersionView);
  }

  /** The assignments of these facilities (one query); a facility without one is absent. */
  async assignments(facilityIds: readonly string[]): Promise<Map<string, FacilityPriceListsView>> {
    const valid = [...new Set(facilityIds.filter(isUuid))];
    if (valid.length === 0) return new Map();
    const rows = await readRows<FacilityPriceListsView>(
      this.em,
      `select id as "healthFacilityId", items_price_list_id as "itemsPriceListId", services_price_list_id as "servicesPriceListId", version
       from facility_price_lists where id = any(?::uuid[])`,
      [uuidArrayLiteral(valid)],
    );
    return new Map(rows.map((row) => [row.healthFacilityId, row]));
  }
}
