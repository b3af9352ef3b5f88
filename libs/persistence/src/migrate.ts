import { MikroORM, type Options } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { ensureDatabase } from './database';

/** Creates the service's database if missing and applies its pending migrations; returns their names (callers log them). */
export async function migrateDatabase(config: Options<PostgreSqlDriver>, serverUrl: string): Promise<string[]> {
  await ensureDatabase(serverUrl, config.dbName as string);
  const orm = await MikroORM.init<PostgreSqlDriver>({ ...config, migrations: { ...config.migrations, silent: true } });
  try {
    const applied = await orm.getMigrator().up();
    return applied.map((migration) => migration.name);
  } finally {
    await orm.close(true);
  }
}
