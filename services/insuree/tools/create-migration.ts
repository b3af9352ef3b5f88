/**
 * Writes the next migration of the insuree service (add it to src/migrations/insuree.migrations.ts):
 *   node -r @swc-node/register services/insuree/tools/create-migration.ts [name]
 * With --check it writes nothing and exits 1 when the entities and the migrations differ (CI).
 */
import { join } from 'path';
import { loadConfig } from '@imis/config';
import { runMigrationTool } from '@imis/persistence';
import { insureeEnvSchema } from '../src/config/insuree.config';
import { insureeOrmConfig } from '../src/config/insuree-orm.config';

const env = loadConfig(insureeEnvSchema);
runMigrationTool(
  {
    service: 'insuree',
    serverUrl: env.DATABASE_URL,
    ormConfig: (database) => insureeOrmConfig({ ...env, DATABASE_NAME: database }),
    migrationsDir: join(__dirname, '../src/migrations'),
  },
  process.argv[2],
).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
