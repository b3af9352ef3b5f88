import { loadConfig } from '@imis/config';
import { identityOrmConfig } from './config/identity-orm.config';
import { identityEnvSchema } from './config/identity.config';
import { migrateIdentityDatabase } from './migrations/migrate-identity-database';

/** Creates the service's database when missing (imis_identity, or DATABASE_NAME) and applies its migrations. */
async function main(): Promise<void> {
  const env = loadConfig(identityEnvSchema);
  const applied = await migrateIdentityDatabase(env);
  console.log(JSON.stringify({ service: 'identity', database: identityOrmConfig(env).dbName, applied }));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
