import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import type { Page } from '@imis/graphql';
import { containsPattern, CREATION_ORDER, createdAfter, type CreationKey } from '@imis/persistence';

export interface ListPage<V> {
  /** Views with their place in creation order (the page's cursors). */
  rows: (V & CreationKey)[];
  totalCount: number;
}

export const NO_ROWS: ListPage<never> = { rows: [], totalCount: 0 };

/** One page of the records matching every condition, in creation order, and how many match on all pages. */
export async function findPage<E extends CreationKey, V>(
  em: EntityManager,
  entity: EntityName<E>,
  conditions: FilterQuery<E>[],
  page: Page,
  view: (record: E) => V,
): Promise<ListPage<V>> {
  const pageConditions = [...conditions, ...createdAfter<E>(page.after)];
  const rows = page.size === 0 ? [] : await em.find(entity, { $and: pageConditions } as FilterQuery<E>, { orderBy: CREATION_ORDER as never, limit: page.size + 1 });
  const listed = rows.map((row) => ({ ...view(row), id: row.id, createdAt: row.createdAt }));
  return { rows: listed, totalCount: await em.count(entity, { $and: conditions } as FilterQuery<E>) };
}

/** A person whose last or other names contain the text, ignoring case. */
export function nameContains<E extends { lastName: string; otherNames: string }>(name: string): FilterQuery<E> {
  const pattern = containsPattern(name.trim());
  return { $or: [{ lastName: { $ilike: pattern } }, { otherNames: { $ilike: pattern } }] } as FilterQuery<E>;
}
