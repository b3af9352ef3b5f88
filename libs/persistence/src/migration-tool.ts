import { randomBytes } from 'crypto';
import { join } from 'path';
import { MikroORM, type Options } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { dropDatabase, ensureDatabase } from './database';

export interface MigrationToolOptions {
  readonly service: string;
  /** PostgreSQL server URL (the database in it is replaced by a scratch one). */
  readonly serverUrl: string;
  /** The service's ORM config for a given database name. */
  readonly ormConfig: (database: string) => Options<PostgreSqlDriver>;
  /** Absolute path of the service's src/migrations folder. */
  readonly migrationsDir: string;
  /** Migrations `--check` runs a second time on the migrated database: the libraries', which must be idempotent. */
  readonly rerunOnCheck?: readonly string[];
}

/**
 * Writes the next migration of a service: the difference between its entities and a scratch database
 * migrated with every listed migration (add the new file to the service's migration list). With
 * `--check` it writes nothing and answers whether the entities and the migrations agree (CI); it fails
 * when a migration of `rerunOnCheck` fails on a database that already has its tables.
 */
export async function runMigrationTool(options: MigrationToolOptions, argument?: string): Promise<'up-to-date' | 'drift' | 'written' | 'no-change'> {
  const check = argument === '--check';
  const scratch = `imis_${options.service.replace(/-/g, '_')}_scratch_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(options.serverUrl, scratch);
  try {
    const config = options.ormConfig(scratch);
    const dir = options.migrationsDir;
    const orm = await MikroORM.init<PostgreSqlDriver>({
      ...config,
      migrations: { ...config.migrations, path: dir, pathTs: dir, emit: 'ts', silent: true },
    });
    try {
      const migrator = orm.getMigrator();
      await migrator.up();
      if (check) {
        await rerun(orm, options.rerunOnCheck ?? []);
        const needed = await migrator.checkMigrationNeeded();
        console.log(`${options.service}: ${needed ? 'the entities differ from the migrations: create a migration.' : 'migrations are up to date.'}`);
        return needed ? 'drift' : 'up-to-date';
      }
      const created = await migrator.createMigration(dir, false, false, argument);
      console.log(created.diff.up.length > 0 ? `Written ${join(dir, created.fileName)}` : 'No schema change.');
      return created.diff.up.length > 0 ? 'written' : 'no-change';
    } finally {
      await orm.close(true);
    }
  } finally {
    await dropDatabase(options.serverUrl, scratch);
  }
}

/** Forgets that the migrations ran and applies them again, as on a database created before a library owned its tables. */
async function rerun(orm: MikroORM<PostgreSqlDriver>, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  const table = orm.config.get('migrations').tableName ?? 'mikro_orm_migrations';
  await orm.em.getConnection().execute(`delete from "${table}" where name in (${names.map(() => '?').join(', ')})`, [...names]);
  const applied = await orm.getMigrator().up();
  if (applied.length !== names.length) throw new Error(`Re-running ${names.join(', ')} applied ${applied.map((m) => m.name).join(', ')}`);
}
