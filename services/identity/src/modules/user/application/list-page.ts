import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import type { Page } from '@imis/graphql';
import { containsPattern } from '@imis/persistence';

export interface ListPage<V> {
  rows: V[];
  totalCount: number;
}

export const NO_ROWS: ListPage<never> = { rows: [], totalCount: 0 };

/** One page of the records matching every condition, in id order, and how many match on all pages. */
export async function findPage<E extends { id: string }, V>(
  em: EntityManager,
  entity: EntityName<E>,
  conditions: FilterQuery<E>[],
  page: Page,
  view: (record: E) => V,
): Promise<ListPage<V>> {
  const pageConditions = page.afterId ? [...conditions, { id: { $gt: page.afterId } } as unknown as FilterQuery<E>] : conditions;
  const rows = page.size === 0 ? [] : await em.find(entity, { $and: pageConditions } as FilterQuery<E>, { orderBy: { id: 'asc' } as never, limit: page.size + 1 });
  return { rows: rows.map(view), totalCount: await em.count(entity, { $and: conditions } as FilterQuery<E>) };
}

/** A person whose last or other names contain the text, ignoring case. */
export function nameContains<E extends { lastName: string; otherNames: string }>(name: string): FilterQuery<E> {
  const pattern = containsPattern(name.trim());
  return { $or: [{ lastName: { $ilike: pattern } }, { otherNames: { $ilike: pattern } }] } as FilterQuery<E>;
}
