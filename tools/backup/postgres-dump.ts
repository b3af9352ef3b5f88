import { spawn, spawnSync } from 'child_process';
import { join } from 'path';
import { Client } from 'pg';
import { databaseUrl, dropDatabase, ensureDatabase, withPassword } from '@imis/persistence';

/** The PostgreSQL server of the services (DATABASE_URL), its password kept out of the tools' command lines. */
export interface PostgresServer {
  url: string;
  password?: string;
}

const connectionTo = (server: PostgresServer, database: string) => new Client({ connectionString: databaseUrl(withPassword(server.url, server.password), database) });

/** pg_dump and pg_restore: from PG_BIN_DIR when set, else from the PATH. */
function tool(name: 'pg_dump' | 'pg_restore'): string {
  return process.env.PG_BIN_DIR ? join(process.env.PG_BIN_DIR, name) : name;
}

/** The major version of pg_dump / pg_restore, failing with what to install when it is missing. */
export function clientToolVersion(name: 'pg_dump' | 'pg_restore'): { text: string; major: number } {
  const run = spawnSync(tool(name), ['--version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new Error(
      `${name} was not found (${run.error?.message ?? run.stderr}): install the PostgreSQL client tools of the server's major version or newer ` +
        `(Debian: apt-get install postgresql-client-<major>), or set PG_BIN_DIR to the directory holding ${name}`,
    );
  }
  const text = run.stdout.trim();
  return { text, major: Number(/(\d+)(\.\d+)?/.exec(text)?.[1] ?? 0) };
}

export async function serverVersion(server: PostgresServer): Promise<{ text: string; major: number }> {
  const client = connectionTo(server, 'postgres');
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string; num: string }>(`select current_setting('server_version') version, current_setting('server_version_num') num`);
    return { text: rows[0].version, major: Math.floor(Number(rows[0].num) / 10000) };
  } finally {
    await client.end();
  }
}

/** pg_dump refuses a newer server; pg_restore reads only archives of its own version or older. */
export function checkToolAgainstServer(name: 'pg_dump' | 'pg_restore', server: { text: string; major: number }): string {
  const client = clientToolVersion(name);
  if (client.major < server.major) throw new Error(`${client.text} is older than the PostgreSQL server (${server.text}): use the ${name} of version ${server.major} or newer (PG_BIN_DIR)`);
  return client.text;
}

function run(command: string, args: string[], password: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${stderr.trim()}`))));
  });
}

/** One database in pg_dump's custom format (compressed, restorable table by table; one consistent snapshot). */
export async function dumpDatabase(server: PostgresServer, database: string, file: string): Promise<void> {
  await run(tool('pg_dump'), ['--format=custom', `--file=${file}`, `--dbname=${databaseUrl(server.url, database)}`], server.password);
}

/** The last migration applied to a service database (none when it was never migrated). */
export async function lastMigration(server: PostgresServer, database: string): Promise<string | undefined> {
  const client = connectionTo(server, database);
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(`select name from mikro_orm_migrations order by id desc limit 1`).catch(() => ({ rows: [] as { name: string }[] }));
    return rows[0]?.name;
  } finally {
    await client.end();
  }
}

/** What a database holds that a restore would collide with: its tables, outside PostgreSQL's own schemas. */
export async function databaseContents(server: PostgresServer, database: string): Promise<'absent' | 'empty' | number> {
  const client = connectionTo(server, database);
  try {
    await client.connect();
  } catch (error) {
    if ((error as { code?: string }).code === '3D000') return 'absent';
    throw error;
  }
  try {
    const { rows } = await client.query<{ n: string }>(`select count(*) n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`);
    return Number(rows[0].n) === 0 ? 'empty' : Number(rows[0].n);
  } finally {
    await client.end();
  }
}

/**
 * Restores a dump into `database`, created when missing (replaced first with `replace`), in one transaction:
 * a failure leaves it empty rather than half restored.
 */
export async function restoreDatabase(server: PostgresServer, database: string, file: string, options: { replace: boolean; noOwner: boolean }): Promise<void> {
  const withSecret = withPassword(server.url, server.password);
  if (options.replace) await dropDatabase(withSecret, database);
  await ensureDatabase(withSecret, database);
  const args = ['--single-transaction', '--exit-on-error', `--dbname=${databaseUrl(server.url, database)}`, ...(options.noOwner ? ['--no-owner'] : []), file];
  await run(tool('pg_restore'), args, server.password);
}
