import { loadConfig } from '@imis/config';
import { locationOrmConfig } from './config/location-orm.config';
import { locationEnvSchema } from './config/location.config';
import { migrateLocationDatabase } from './migrations/migrate-location-database';

/** Creates the service's database when missing (imis_location, or DATABASE_NAME) and applies its migrations. */
async function main(): Promise<void> {
  const env = loadConfig(locationEnvSchema);
  const applied = await migrateLocationDatabase(env);
  console.log(JSON.stringify({ service: 'location', database: locationOrmConfig(env).dbName, applied }));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
