import { migrateDatabase } from '@imis/persistence';
import { insureeOrmConfig } from '../config/insuree-orm.config';
import type { InsureeEnv } from '../config/insuree.config';

/** Creates the database when missing and applies pending migrations; returns their names (callers log them). */
export function migrateInsureeDatabase(env: InsureeEnv): Promise<string[]> {
  const config = insureeOrmConfig(env);
  return migrateDatabase({ ...config, migrations: { ...config.migrations, silent: true } }, env.DATABASE_URL);
}
