import { databaseServerUrl, migrateDatabase } from '@imis/persistence';
import { insureeOrmConfig } from '../config/insuree-orm.config';
import type { InsureeEnv } from '../config/insuree.config';

/** Creates the database when missing and applies pending migrations (the libraries' first); returns their names (callers log them). */
export function migrateInsureeDatabase(env: InsureeEnv): Promise<string[]> {
  return migrateDatabase(insureeOrmConfig(env), databaseServerUrl(env));
}
