import { migrateDatabase } from '@imis/persistence';
import { identityOrmConfig } from '../config/identity-orm.config';
import type { IdentityEnv } from '../config/identity.config';

/** Creates the database when missing and applies pending migrations; returns their names (callers log them). */
export function migrateIdentityDatabase(env: IdentityEnv): Promise<string[]> {
  const config = identityOrmConfig(env);
  return migrateDatabase({ ...config, migrations: { ...config.migrations, silent: true } }, env.DATABASE_URL);
}
