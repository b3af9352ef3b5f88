import { Client } from 'pg';

export function serviceDatabaseName(service: string): string {
  return `imis_${service.replace(/-/g, '_')}`;
}

/** The server URL with its database name replaced. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * The server URL with `password` as the password of its user (when given): the password can then come
 * from a secret file (DATABASE_PASSWORD_FILE) instead of sitting in the URL.
 */
export function withPassword(serverUrl: string, password: string | undefined): string {
  if (!password) return serverUrl;
  const url = new URL(serverUrl);
  url.password = encodeURIComponent(password);
  return url.toString();
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const UNKNOWN_DATABASE = '3D000';

/**
 * Creates the database if it does not exist (safe when several processes race to create it). An existing
 * database is found by connecting to it, so a role that owns only its database (no CREATEDB, no access to
 * `postgres`: deploy/postgres) passes; only a missing one needs the maintenance database and CREATEDB.
 */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  if (!IDENTIFIER.test(database)) throw new Error(`Invalid database name "${database}"`);
  if (await databaseExists(serverUrl, database)) return;
  const client = new Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    const existing = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (existing.rowCount) return;
    await client.query(`create database "${database}"`);
  } catch (error) {
    if ((error as { code?: string }).code !== '42P04') throw error; // created meanwhile by another process
  } finally {
    await client.end();
  }
}

async function databaseExists(serverUrl: string, database: string): Promise<boolean> {
  const client = new Client({ connectionString: databaseUrl(serverUrl, database) });
  try {
    await client.connect();
  } catch (error) {
    if ((error as { code?: string }).code === UNKNOWN_DATABASE) return false;
    throw error;
  }
  await client.end();
  return true;
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  if (!IDENTIFIER.test(database)) throw new Error(`Invalid database name "${database}"`);
  const client = new Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(`drop database if exists "${database}" with (force)`);
  } finally {
    await client.end();
  }
}
