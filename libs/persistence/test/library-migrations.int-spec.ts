import { MikroORM } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { migrateDatabase, type PersistenceContribution, runMigrationTool, serviceOrmConfig } from '@imis/persistence';
import { createTestDatabase, type TestDatabase } from '@imis/testing';

class IdempotentTable extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table if not exists "library_thing" ("id" int primary key);');
  }
}

class NaiveTable extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table "library_thing" ("id" int primary key);');
  }
}

class ServiceTable extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table "service_thing" ("id" int primary key, "thing_id" int references "library_thing" ("id"));');
  }
}

const library = (table: typeof IdempotentTable): PersistenceContribution => ({
  owner: 'library',
  entities: [],
  migrations: [{ name: 'library_0001_thing', class: table }],
});

describe("libraries' migrations in a service database", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('persistence');
  });

  afterAll(async () => {
    await database?.drop();
  });

  const config = (contribution: PersistenceContribution, name = database.name) =>
    serviceOrmConfig({
      service: 'sample',
      serverUrl: database.serverUrl,
      database: name,
      entities: [],
      migrations: [{ name: 'Migration20270101000000_initial', class: ServiceTable }],
      uses: [contribution],
    });

  it("run before the service's own, history's first", async () => {
    const applied = await migrateDatabase(config(library(IdempotentTable)), database.serverUrl);
    expect(applied).toEqual(['persistence_0001_history', 'library_0001_thing', 'Migration20270101000000_initial']);
  });

  it('change nothing on a database that has their tables already, when idempotent', async () => {
    const orm = await MikroORM.init<PostgreSqlDriver>(config(library(IdempotentTable)));
    try {
      await orm.em.getConnection().execute(`delete from "mikro_orm_migrations" where "name" like 'library_%' or "name" like 'persistence_%'`);
    } finally {
      await orm.close(true);
    }
    expect(await migrateDatabase(config(library(IdempotentTable)), database.serverUrl)).toEqual(['persistence_0001_history', 'library_0001_thing']);
  });

  it('fail the migration check when one is not idempotent', async () => {
    const check = (table: typeof IdempotentTable) =>
      runMigrationTool(
        { service: 'sample', serverUrl: database.serverUrl, ormConfig: (name) => config(library(table), name), migrationsDir: __dirname, rerunOnCheck: ['library_0001_thing'] },
        '--check',
      );
    // No entity describes the sample tables, so the schema differs from them: only the re-run is checked here.
    await expect(check(IdempotentTable)).resolves.toBe('drift');
    await expect(check(NaiveTable)).rejects.toThrow('relation "library_thing" already exists');
  });
});
