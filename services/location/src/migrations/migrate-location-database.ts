import { databaseServerUrl, migrateDatabase } from '@imis/persistence';
import { locationOrmConfig } from '../config/location-orm.config';
import type { LocationEnv } from '../config/location.config';

/** Creates the database when missing and applies pending migrations (the libraries' first); returns their names (callers log them). */
export function migrateLocationDatabase(env: LocationEnv): Promise<string[]> {
  return migrateDatabase(locationOrmConfig(env), databaseServerUrl(env));
}
