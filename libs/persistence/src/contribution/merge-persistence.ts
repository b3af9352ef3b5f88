import type { EntityClass, MigrationObject } from '@mikro-orm/core';
import type { PersistenceContribution } from './persistence-contribution';

/** What a service declares about its database: its own tables and migrations, and the libraries' it uses. */
export interface ServicePersistence {
  readonly entities: readonly EntityClass<unknown>[];
  /** The service's own migrations, in order (listed explicitly: nothing is discovered at run time). */
  readonly migrations: readonly MigrationObject[];
  /** Libraries whose tables the service's database holds (history is always there). */
  readonly uses?: readonly PersistenceContribution[];
}

/**
 * The contributions in the order their migrations run: `always` first, then `uses` as listed, each once.
 * Two different contributions claiming the same owner are refused.
 */
export function orderedContributions(always: readonly PersistenceContribution[], uses: readonly PersistenceContribution[] = []): PersistenceContribution[] {
  const ordered: PersistenceContribution[] = [];
  for (const contribution of [...always, ...uses]) {
    const sameOwner = ordered.find((known) => known.owner === contribution.owner);
    if (sameOwner === contribution) continue;
    if (sameOwner) throw new Error(`Two persistence contributions are owned by "${contribution.owner}"`);
    ordered.push(contribution);
  }
  return ordered;
}

/**
 * The entities and migrations of a service database: the libraries' migrations first (a service's tables
 * may refer to theirs, never the reverse), then the service's own. Entities listed twice count once; a
 * migration name used twice is refused (it would silently never run).
 */
export function mergePersistence(service: ServicePersistence, contributions: readonly PersistenceContribution[]): { entities: EntityClass<unknown>[]; migrations: MigrationObject[] } {
  const entities = [...new Set([...contributions.flatMap((contribution) => contribution.entities), ...service.entities])];
  const migrations = [...contributions.flatMap((contribution) => contribution.migrations), ...service.migrations];
  const names = new Set<string>();
  for (const { name } of migrations) {
    if (names.has(name)) throw new Error(`The migration name "${name}" is listed twice`);
    names.add(name);
  }
  return { entities, migrations };
}
