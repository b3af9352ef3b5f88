import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import type { Page } from '@imis/graphql';
import { containsPattern, CREATION_ORDER, createdAfter, isUuid } from '@imis/persistence';
import type { CatalogueEntry } from './catalogue-entry.entity';

/** Criteria every catalogue search takes; the others are exact matches on the entity's own columns. */
export interface CatalogueFilter {
  code?: string | null;
  name?: string | null;
  [column: string]: string | null | undefined;
}

/** A current item or service by id; null when unknown, deleted or not a UUID. */
export function findCurrent<T extends CatalogueEntry>(em: EntityManager, entity: EntityName<T>, id: string | null | undefined): Promise<T | null> {
  return isUuid(id) ? em.findOne(entity, { id, deletedAt: null } as FilterQuery<T>) : Promise.resolve(null);
}

export async function isCodeTaken<T extends CatalogueEntry>(em: EntityManager, entity: EntityName<T>, code: string, exceptId?: string): Promise<boolean> {
  const where: Record<string, unknown> = { code, deletedAt: null };
  if (exceptId) where.id = { $ne: exceptId };
  return (await em.count(entity, where as FilterQuery<T>)) > 0;
}

/** One keyset page (creation order) of the current rows matching the filter, and how many match. */
export async function searchCurrent<T extends CatalogueEntry>(
  em: EntityManager,
  entity: EntityName<T>,
  { code, name, ...exact }: CatalogueFilter,
  page: Page,
): Promise<{ rows: T[]; totalCount: number }> {
  const where: Record<string, unknown> = { deletedAt: null };
  if (code) where.code = code.trim();
  if (name) where.name = { $ilike: containsPattern(name.trim()) };
  for (const [column, value] of Object.entries(exact)) if (value !== null && value !== undefined) where[column] = value;
  const matching = where as FilterQuery<T>;
  const pageWhere = { $and: [matching, ...createdAfter<T>(page.after)] } as FilterQuery<T>;
  const rows = page.size === 0 ? [] : await em.find(entity, pageWhere, { orderBy: CREATION_ORDER as never, limit: page.size + 1 });
  return { rows, totalCount: await em.count(entity, matching) };
}
