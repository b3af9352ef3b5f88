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

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** Creates the database if it does not exist (safe when several processes race to create it). */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  if (!IDENTIFIER.test(database)) throw new Error(`Invalid database name "${database}"`);
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
