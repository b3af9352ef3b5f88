import { loadConfig } from '@imis/config';
import { insureeOrmConfig } from './config/insuree-orm.config';
import { insureeEnvSchema } from './config/insuree.config';
import { migrateInsureeDatabase } from './migrations/migrate-insuree-database';

/** Creates the service's database when missing (imis_insuree, or DATABASE_NAME) and applies its migrations. */
async function main(): Promise<void> {
  const env = loadConfig(insureeEnvSchema);
  const applied = await migrateInsureeDatabase(env);
  console.log(JSON.stringify({ service: 'insuree', database: insureeOrmConfig(env).dbName, applied }));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
