import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '@imis/config';
import { identityOrmConfig } from './config/identity-orm.config';
import { identityEnvSchema } from './config/identity.config';
import { runSigningKeyCommand } from './modules/authentication';

/**
 * `npm run keys:rotate` / `npm run keys:retire [-- --force]`: the access-token signing keys of the database
 * the service's environment names (DATABASE_URL, DATABASE_PASSWORD[_FILE], DATABASE_NAME), migrated beforehand.
 * Prints one JSON line on stdout and what it means on stderr.
 */
async function main(): Promise<void> {
  const env = loadConfig(identityEnvSchema);
  const orm = await MikroORM.init(identityOrmConfig(env));
  try {
    const { report, message } = await runSigningKeyCommand(orm.em.fork(), env, process.argv.slice(2));
    process.stdout.write(`${JSON.stringify(report)}\n`);
    process.stderr.write(`${message}\n`);
  } finally {
    await orm.close(true);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
