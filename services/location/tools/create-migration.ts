/**
 * Writes the next migration of the location service: the difference between its entities and a scratch
 * database migrated with every listed migration. Add the new file to src/migrations/location.migrations.ts.
 *   node -r @swc-node/register services/location/tools/create-migration.ts [name]
 * With --check it writes nothing and exits 1 when the entities and the migrations differ (for CI).
 */
import { randomBytes } from 'crypto';
import { join } from 'path';
import { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { loadConfig } from '@imis/config';
import { dropDatabase, ensureDatabase } from '@imis/persistence';
import { locationEnvSchema } from '../src/config/location.config';
import { locationOrmConfig } from '../src/config/location-orm.config';

const MIGRATIONS_DIR = join(__dirname, '../src/migrations');

async function main(argument?: string): Promise<void> {
  const check = argument === '--check';
  const env = loadConfig(locationEnvSchema);
  const scratch = `imis_location_scratch_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(env.DATABASE_URL, scratch);
  try {
    const config = locationOrmConfig({ ...env, DATABASE_NAME: scratch });
    const orm = await MikroORM.init<PostgreSqlDriver>({
      ...config,
      migrations: { ...config.migrations, path: MIGRATIONS_DIR, pathTs: MIGRATIONS_DIR, emit: 'ts', silent: true },
    });
    try {
      const migrator = orm.getMigrator();
      await migrator.up();
      if (check) {
        const needed = await migrator.checkMigrationNeeded();
        console.log(needed ? 'The entities differ from the migrations: create a migration.' : 'Migrations are up to date.');
        process.exitCode = needed ? 1 : 0;
        return;
      }
      const created = await migrator.createMigration(MIGRATIONS_DIR, false, false, argument);
      console.log(created.diff.up.length > 0 ? `Written ${join(MIGRATIONS_DIR, created.fileName)}` : 'No schema change.');
    } finally {
      await orm.close(true);
    }
  } finally {
    await dropDatabase(env.DATABASE_URL, scratch);
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
