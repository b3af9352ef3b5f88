import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { randomBytes } from 'crypto';
import { tmpdir } from 'os';
import { join } from 'path';
import { Client } from 'pg';
import { REPO_ROOT, runToCompletion } from '@imis/deployment';
import { databaseUrl, withPassword } from '@imis/persistence';
import { testInfrastructure } from '@imis/testing';

const SCRIPT = join(REPO_ROOT, 'deploy/postgres/initdb/10-service-roles.sh');

/**
 * deploy/postgres/initdb/10-service-roles.sh against this machine's PostgreSQL, as the postgres image runs
 * it (psql as the superuser), with secrets in a scratch folder instead of /run/secrets; then a service's
 * real migrations as the role it made. The local server trusts every connection, so passwords are checked
 * as stored, not by signing in with them.
 */
describe('deploy/postgres: a database and a login role per service', () => {
  const suffix = randomBytes(4).toString('hex');
  const first = `t${suffix}_first`;
  const second = `t${suffix}_second`;
  const secrets = mkdtempSync(join(tmpdir(), 'imis-roles-'));
  let serverUrl: string;
  let admin: Client;

  const secret = (service: string, value: string) => writeFileSync(join(secrets, `${service}_database_password`), value);
  const runScript = () => {
    const { hostname, port, username, password } = new URL(serverUrl);
    const env = { ...process.env, IMIS_SECRETS_DIR: secrets, POSTGRES_USER: decodeURIComponent(username), PGHOST: hostname, PGPORT: port || '5432', PGPASSWORD: decodeURIComponent(password) };
    const run = spawnSync('sh', [SCRIPT], { env, encoding: 'utf8' });
    if (run.error) throw new Error(`sh ${SCRIPT}: ${run.error.message} (the test needs psql, from the PostgreSQL client package)`);
    return run;
  };
  const storedPassword = async (role: string) => (await admin.query<{ rolpassword: string }>('select rolpassword from pg_authid where rolname = $1', [role])).rows[0]?.rolpassword;

  beforeAll(async () => {
    serverUrl = (await testInfrastructure()).postgresUrl;
    admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    secret(first, "Pa'ss wörd/+=\n");
    secret(second, 'another-password');
  });
  afterAll(async () => {
    for (const service of [first, second]) {
      await admin.query(`drop database if exists "imis_${service}" with (force)`);
      await admin.query(`drop role if exists "imis_${service}"`);
    }
    await admin.end();
    rmSync(secrets, { recursive: true, force: true });
  });

  it('makes each role own its database, with no other power, and no one else may connect to it', async () => {
    const run = runScript();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`role and database imis_${first} ready`);
    const roles = await admin.query(
      `select r.rolname, r.rolsuper, r.rolcreatedb, r.rolcreaterole, r.rolcanlogin, pg_get_userbyid(d.datdba) as owner
         from pg_roles r join pg_database d on d.datname = r.rolname where r.rolname = any($1) order by r.rolname`,
      [[`imis_${first}`, `imis_${second}`]],
    );
    expect(roles.rows).toEqual(
      [first, second].map((service) => ({
        rolname: `imis_${service}`,
        rolsuper: false,
        rolcreatedb: false,
        rolcreaterole: false,
        rolcanlogin: true,
        owner: `imis_${service}`,
      })),
    );
    expect(await storedPassword(`imis_${first}`)).toMatch(/^SCRAM-SHA-256\$/);
    const other = new Client({ connectionString: `postgres://imis_${first}@${new URL(serverUrl).host}/imis_${second}` });
    await expect(other.connect()).rejects.toMatchObject({ code: '42501' });
  });

  it('lets the service migrate its database as that role, its password read from a secret file', async () => {
    const url = new URL(serverUrl);
    const result = await runToCompletion('services/insuree/src/migrate.ts', {
      ...process.env,
      DATABASE_URL: `postgres://imis_${first}@${url.host}/imis_${first}`,
      DATABASE_PASSWORD_FILE: join(secrets, `${first}_database_password`),
      DATABASE_NAME: `imis_${first}`,
      LOG_LEVEL: 'warn',
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const applied = (JSON.parse(result.stdout.trim().split('\n').pop()!) as { applied: string[] }).applied;
    expect(applied.length).toBeGreaterThan(0);
    const owned = new Client({ connectionString: withPassword(`postgres://imis_${first}@${url.host}/imis_${first}`, 'Pa\'ss wörd/+=') });
    await owned.connect();
    try {
      const { rows } = await owned.query("select extname from pg_extension where extname in ('pg_trgm', 'unaccent') order by extname");
      expect(rows).toEqual([{ extname: 'pg_trgm' }, { extname: 'unaccent' }]);
      expect((await owned.query("select tableowner from pg_tables where tablename = 'insuree'")).rows).toEqual([{ tableowner: `imis_${first}` }]);
    } finally {
      await owned.end();
    }
  });

  it('can run again: it changes a password and keeps the data', async () => {
    const before = await storedPassword(`imis_${first}`);
    secret(first, 'a-new-password');
    const run = runScript();
    expect(run.status).toBe(0);
    expect(await storedPassword(`imis_${first}`)).not.toBe(before);
    const database = new Client({ connectionString: databaseUrl(serverUrl, `imis_${first}`) });
    await database.connect();
    try {
      expect((await database.query("select tableowner from pg_tables where tablename = 'insuree'")).rows).toEqual([{ tableowner: `imis_${first}` }]);
    } finally {
      await database.end();
    }
  });

  it('stops the first start on an empty password', () => {
    secret(second, '');
    const run = runScript();
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(`${second}_database_password is empty`);
  });
});
