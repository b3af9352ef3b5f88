/**
 * Writes the next migration of the location service (add it to src/migrations/location.migrations.ts):
 *   node -r @swc-node/register services/location/tools/create-migration.ts [name]
 * With --check it writes nothing and exits 1 when the entities and the migrations differ (CI).
 */
import { join } from 'path';
import { loadConfig } from '@imis/config';
import { runMigrationTool } from '@imis/persistence';
import { locationEnvSchema } from '../src/config/location.config';
import { locationOrmConfig } from '../src/config/location-orm.config';

const env = loadConfig(locationEnvSchema);
runMigrationTool(
  {
    service: 'location',
    serverUrl: env.DATABASE_URL,
    ormConfig: (database) => locationOrmConfig({ ...env, DATABASE_NAME: database }),
    migrationsDir: join(__dirname, '../src/migrations'),
  },
  process.argv[2],
).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
