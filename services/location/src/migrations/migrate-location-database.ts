import { migrateDatabase } from '@imis/persistence';
import { locationOrmConfig } from '../config/location-orm.config';
import type { LocationEnv } from '../config/location.config';

/** Creates the database when missing and applies pending migrations; returns their names (callers log them). */
export function migrateLocationDatabase(env: LocationEnv): Promise<string[]> {
  const config = locationOrmConfig(env);
  return migrateDatabase({ ...config, migrations: { ...config.migrations, silent: true } }, env.DATABASE_URL);
}
