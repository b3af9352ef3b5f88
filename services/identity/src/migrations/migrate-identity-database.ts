import { databaseServerUrl, migrateDatabase } from '@imis/persistence';
import { identityOrmConfig } from '../config/identity-orm.config';
import type { IdentityEnv } from '../config/identity.config';

/** Creates the database when missing and applies pending migrations (the libraries' first); returns their names (callers log them). */
export function migrateIdentityDatabase(env: IdentityEnv): Promise<string[]> {
  return migrateDatabase(identityOrmConfig(env), databaseServerUrl(env));
}
