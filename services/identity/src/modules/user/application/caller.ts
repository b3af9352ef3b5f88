import type { RequestUser, ScopeFilter } from '@imis/auth';
import type { EntityManager } from '@mikro-orm/postgresql';
import { runIdempotent, type CommandMeta, type MutationKey } from '@imis/graphql';

/** Who sends a user-administration command: its token's rights and its expanded data scope. */
export interface Caller {
  readonly user: RequestUser;
  readonly scope: ScopeFilter;
}

export interface AdminCommandMeta extends CommandMeta {
  readonly caller: Caller;
}

/** Today as a calendar date (UTC, like the database). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** runIdempotent with the PostgreSQL EntityManager (raw SQL checks need it). */
export function runCommand<R extends object>(em: EntityManager, key: MutationKey, command: (tx: EntityManager) => Promise<R>) {
  return runIdempotent(em, key, (tx) => command(tx as EntityManager));
}
