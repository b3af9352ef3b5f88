import { Entity, MikroORM, type Opt, Property } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { findHistory, HistoryRecord, serviceOrmConfig, VersionedEntity } from '@imis/persistence';
import { createTestDatabase, type TestDatabase } from '@imis/testing';

@Entity({ tableName: 'sample_aggregate' })
class SampleAggregate extends VersionedEntity {
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'jsonb' })
  lines: Opt<{ code: string; quantity: number }[]> = [];

  @Property({ type: 'jsonb', nullable: true })
  options?: { urgent: boolean } | null;
}

describe('history of versioned aggregates', () => {
  let database: TestDatabase;
  let orm: MikroORM<PostgreSqlDriver>;

  beforeAll(async () => {
    database = await createTestDatabase('persistence');
    orm = await MikroORM.init<PostgreSqlDriver>(
      serviceOrmConfig({ service: 'persistence', serverUrl: database.serverUrl, database: database.name, entities: [SampleAggregate], migrations: [] }),
    );
    await orm.schema.createSchema();
  });

  afterAll(async () => {
    await orm?.close(true);
    await database?.drop();
  });

  it('keeps every previous version with its actor, in the same transaction as the change', async () => {
    const em = orm.em.fork();
    const aggregate = em.create(SampleAggregate, { name: 'first', note: 'kept', changedBy: 'alice' });
    await em.flush();
    expect(aggregate.version).toBe(1);

    aggregate.name = 'second';
    aggregate.markChanged('bob');
    await em.flush();
    aggregate.markDeleted('carol');
    await em.flush();

    const history = await findHistory(orm.em.fork(), 'SampleAggregate', aggregate.id);
    expect(history.map((record) => [record.version, record.data.name, record.changedBy, record.replacedBy])).toEqual([
      [1, 'first', 'alice', 'bob'],
      [2, 'second', 'bob', 'carol'],
    ]);
    expect(history[0].data.note).toBe('kept');
    expect(history[1].validTo.getTime()).toBeGreaterThanOrEqual(history[0].validTo.getTime());

    const live = await orm.em.fork().findOneOrFail(SampleAggregate, aggregate.id);
    expect(live.version).toBe(3);
    expect(live.isDeleted).toBe(true);
    expect(live.changedBy).toBe('carol');
  });

  it('keeps jsonb properties as JSON values, not as their JSON text', async () => {
    const em = orm.em.fork();
    const aggregate = em.create(SampleAggregate, { name: 'package', lines: [{ code: 'A1', quantity: 2 }], options: { urgent: true }, changedBy: 'alice' });
    await em.flush();
    aggregate.lines = [];
    aggregate.options = null;
    aggregate.markChanged('bob');
    await em.flush();

    const [record] = await findHistory(orm.em.fork(), 'SampleAggregate', aggregate.id);
    expect(record.data.lines).toEqual([{ code: 'A1', quantity: 2 }]);
    expect(record.data.options).toEqual({ urgent: true });
    const [stored] = await orm.em.fork().execute<{ lines: string; options: string }[]>(
      `select jsonb_typeof(data->'lines') as lines, jsonb_typeof(data->'options') as options from history where entity_id = ?`,
      [aggregate.id],
    );
    expect(stored).toEqual({ lines: 'array', options: 'object' });
  });

  it('writes no history when the transaction rolls back', async () => {
    const em = orm.em.fork();
    const aggregate = em.create(SampleAggregate, { name: 'stable', changedBy: 'alice' });
    await em.flush();

    await expect(
      orm.em.fork().transactional(async (tx) => {
        const loaded = await tx.findOneOrFail(SampleAggregate, aggregate.id);
        loaded.name = 'changed';
        loaded.markChanged('mallory');
        await tx.flush();
        throw new Error('refused after the flush');
      }),
    ).rejects.toThrow('refused after the flush');

    expect(await orm.em.fork().count(HistoryRecord, { entityId: aggregate.id })).toBe(0);
    expect((await orm.em.fork().findOneOrFail(SampleAggregate, aggregate.id)).name).toBe('stable');
  });
});
