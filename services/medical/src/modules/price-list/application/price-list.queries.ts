import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ScopeFilter } from '@imis/auth';
import type { Page } from '@imis/graphql';
import { findHistory, isUuid, readRows, uuidArrayLiteral } from '@imis/persistence';
import type { PriceListKind } from '../domain/price-list-kind';
import { catalogueTable } from '../infrastructure/price-list-details.store';
import { PriceList } from '../infrastructure/price-list.entity';
import type { PriceListFilter } from '../infrastructure/price-list.repository';
import type { FacilityPriceListsView } from './facility-price-lists.view';
import { priceListVersionView, type PriceListVersionView } from './price-list-version.view';
import { priceListView, type PriceListView } from './price-list.view';

/** A detail row with the current register fields of the item or service it prices (read with the row). */
export interface PriceListDetailView {
  /** The item's (service's) id: the rows' order and cursor. */
  id: string;
  price: string | null;
  entry: { id: string; code: string; name: string; price: string; deleted: boolean };
}

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

  async search(kind: PriceListKind, filter: PriceListFilter, page: Page, visible: ScopeFilter): Promise<{ rows: PriceListView[]; totalCount: number }> {
    const { rows, totalCount } = await this.lists.search(kind, filter, page, visible);
    return { rows: rows.map(priceListView), totalCount };
  }

  /**
   * One page of a list's rows in entry id order, each joined with its item or service (one statement,
   * however many rows), and how many rows the list has. The list itself was read in scope by the caller.
   */
  async details(list: Pick<PriceListView, 'id' | 'kind'>, page: Page): Promise<{ rows: PriceListDetailView[]; totalCount: number }> {
    const after = page.afterId ?? '00000000-0000-0000-0000-000000000000';
    const rows =
      page.size === 0
        ? []
        : await readRows<{ id: string; price: string | null; code: string; name: string; registerPrice: string; deleted: boolean }>(
            this.em,
            `select d.entry_id as id, d.price::text as price, e.code, e.name, e.price::text as "registerPrice", e.deleted_at is not null as deleted
             from price_list_detail d join ${catalogueTable(list.kind)} e on e.id = d.entry_id
             where d.price_list_id = ? and d.entry_id > ? order by d.entry_id limit ?`,
            [list.id, after, page.size + 1],
          );
    const [{ count }] = await readRows<{ count: string }>(this.em, 'select count(*) from price_list_detail where price_list_id = ?', [list.id]);
    return {
      rows: rows.map(({ id, price, code, name, registerPrice, deleted }) => ({ id, price, entry: { id, code, name, price: registerPrice, deleted } })),
      totalCount: Number(count),
    };
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
