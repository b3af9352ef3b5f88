import type { EntityManager } from '@mikro-orm/postgresql';
import { readRows } from '@imis/persistence';
import type { PriceListDetailRow } from '../domain/price-list-details';
import type { PriceListKind } from '../domain/price-list-kind';
import { PriceList } from './price-list.entity';

/** The catalogue table an entry of a list of this kind lives in (a constant, never input). */
export function catalogueTable(kind: PriceListKind): 'medical_item' | 'medical_service' {
  return kind === 'ITEMS' ? 'medical_item' : 'medical_service';
}

/**
 * Detail rows of price lists, written and read set-based in the caller's transaction: a list of 5,000 rows
 * is one insert, one delete, one read.
 */
export const priceListDetails = {
  async insert(tx: EntityManager, priceListId: string, rows: readonly PriceListDetailRow[]): Promise<void> {
    if (rows.length === 0) return;
    await tx.execute(
      `insert into price_list_detail (price_list_id, entry_id, price)
       select ?, (row->>'entryId')::uuid, (row->>'price')::numeric(18,2) from jsonb_array_elements(?::jsonb) as row`,
      [priceListId, JSON.stringify(rows)],
      'run',
    );
  },

  async replace(tx: EntityManager, priceListId: string, rows: readonly PriceListDetailRow[]): Promise<void> {
    await tx.execute('delete from price_list_detail where price_list_id = ?', [priceListId], 'run');
    await this.insert(tx, priceListId, rows);
  },

  /** Copies the rows of `fromId` whose entry is still current to `toId`. */
  async copyCurrent(tx: EntityManager, kind: PriceListKind, fromId: string, toId: string): Promise<void> {
    await tx.execute(
      `insert into price_list_detail (price_list_id, entry_id, price)
       select ?, d.entry_id, d.price from price_list_detail d join ${catalogueTable(kind)} e on e.id = d.entry_id and e.deleted_at is null
       where d.price_list_id = ?`,
      [toId, fromId],
      'run',
    );
  },

  /** Every row of a list, in entry id order. */
  read(tx: EntityManager, priceListId: string): Promise<PriceListDetailRow[]> {
    return readRows(tx, 'select entry_id as "entryId", price::text as price from price_list_detail where price_list_id = ? order by entry_id', [priceListId]);
  },

  /**
   * Puts the list's current rows under `details` of its history record of `version` (written by the
   * HistorySubscriber during the flush that replaced that version): call it after that flush and before
   * the rows change, so that each past version keeps the rows it had.
   */
  async keepInHistory(tx: EntityManager, priceListId: string, version: number): Promise<void> {
    await tx.execute(
      `update history set data = data || jsonb_build_object('details', (
         select coalesce(jsonb_agg(jsonb_build_object('entryId', entry_id, 'price', price::text) order by entry_id), '[]'::jsonb)
         from price_list_detail where price_list_id = ?))
       where entity_type = ? and entity_id = ? and version = ?`,
      [priceListId, PriceList.name, priceListId, version],
      'run',
    );
  },
};
