/**
 * Writes the next migration of the identity service (add it to src/migrations/identity.migrations.ts):
 *   node -r @swc-node/register services/identity/tools/create-migration.ts [name]
 * With --check it writes nothing and exits 1 when the entities and the migrations differ (CI).
 */
import { join } from 'path';
import { loadConfig } from '@imis/config';
import { runMigrationTool } from '@imis/persistence';
import { identityEnvSchema } from '../src/config/identity.config';
import { identityOrmConfig } from '../src/config/identity-orm.config';

const env = loadConfig(identityEnvSchema);
runMigrationTool(
  {
    service: 'identity',
    serverUrl: env.DATABASE_URL,
    ormConfig: (database) => identityOrmConfig({ ...env, DATABASE_NAME: database }),
    migrationsDir: join(__dirname, '../src/migrations'),
  },
  process.argv[2],
).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
