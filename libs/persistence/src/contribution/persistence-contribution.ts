import type { EntityClass, MigrationObject } from '@mikro-orm/core';

/**
 * The tables a library owns in the database of every service that uses it: their entities and the
 * migrations that create and change them. A service lists the contributions it uses and
 * `serviceOrmConfig` adds their entities and migrations to its own, so no service repeats a library's DDL.
 *
 * Migration names belong to the library (`<owner>_<NNNN>_<what>`) and are the same in every service
 * database. Each migration must be idempotent (`create table if not exists`, `create or replace`, a
 * change only when not yet made): it also runs on databases whose tables were created before the library
 * owned them, and the migration tool's `--check` re-runs it on a migrated database to prove it.
 */
export interface PersistenceContribution {
  /** The owning library (`messaging`, `location-projection`…); unique among the contributions of a service. */
  readonly owner: string;
  readonly entities: readonly EntityClass<unknown>[];
  /** In order; applied before the service's own migrations. */
  readonly migrations: readonly MigrationObject[];
}
