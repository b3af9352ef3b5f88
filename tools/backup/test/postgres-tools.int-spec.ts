import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Client } from 'pg';
import { createTestDatabase, testInfrastructure, type TestDatabase } from '@imis/testing';
import { checkToolAgainstServer, databaseContents, serverVersion } from '../postgres-dump';

/** The checks the backup and restore make before touching anything, against the real PostgreSQL. */
describe('PostgreSQL client tools and target databases (real PostgreSQL)', () => {
  const binaries = mkdtempSync(join(tmpdir(), 'imis-pg-bin-'));
  const previous = process.env.PG_BIN_DIR;
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('backup_target');
  });

  afterAll(async () => {
    if (previous === undefined) delete process.env.PG_BIN_DIR;
    else process.env.PG_BIN_DIR = previous;
    rmSync(binaries, { recursive: true, force: true });
    await database.drop();
  });

  it('accepts the installed pg_dump and pg_restore of the server’s version', async () => {
    const server = await serverVersion({ url: (await testInfrastructure()).postgresUrl });
    expect(checkToolAgainstServer('pg_dump', server)).toMatch(/^pg_dump \(PostgreSQL\) \d+/);
    expect(checkToolAgainstServer('pg_restore', server)).toMatch(/^pg_restore \(PostgreSQL\) \d+/);
  });

  it('says what to install when a tool is missing or older than the server', () => {
    process.env.PG_BIN_DIR = binaries;
    expect(() => checkToolAgainstServer('pg_dump', { text: '15.2', major: 15 })).toThrow(/pg_dump was not found .*postgresql-client-<major>.*PG_BIN_DIR/);
    writeFileSync(join(binaries, 'pg_restore'), '#!/bin/sh\necho "pg_restore (PostgreSQL) 13.9"\n');
    chmodSync(join(binaries, 'pg_restore'), 0o755);
    expect(() => checkToolAgainstServer('pg_restore', { text: '16.1', major: 16 })).toThrow('pg_restore (PostgreSQL) 13.9 is older than the PostgreSQL server (16.1): use the pg_restore of version 16 or newer');
  });

  it('tells an absent, an empty and a used database apart', async () => {
    const server = { url: database.serverUrl };
    expect(await databaseContents(server, `${database.name}_absent`)).toBe('absent');
    expect(await databaseContents(server, database.name)).toBe('empty');
    const client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query('create table outbox (id int)');
    await client.end();
    expect(await databaseContents(server, database.name)).toBe(1);
  });
});
