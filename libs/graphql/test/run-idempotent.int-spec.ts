import { Entity, MikroORM, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { ClientMutation, CommandRefused, runIdempotent, userError } from '@imis/graphql';
import { serviceOrmConfig, uuidv7 } from '@imis/persistence';
import { createTestDatabase, type TestDatabase } from '@imis/testing';

@Entity({ tableName: 'sample_record' })
class SampleRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'text' })
  name!: string;
}

@Entity({ tableName: 'versioned_sample' })
class VersionedSample {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'text' })
  name!: string;

  @Property({ version: true, type: 'integer' })
  version!: Opt<number>;
}

describe('runIdempotent', () => {
  let database: TestDatabase;
  let orm: MikroORM<PostgreSqlDriver>;

  beforeAll(async () => {
    database = await createTestDatabase('graphql');
    orm = await MikroORM.init<PostgreSqlDriver>(
      serviceOrmConfig({ service: 'graphql', serverUrl: database.serverUrl, database: database.name, entities: [SampleRecord, VersionedSample, ClientMutation], migrations: [] }),
    );
    await orm.schema.createSchema();
  });

  afterAll(async () => {
    await orm?.close(true);
    await database?.drop();
  });

  const create = (name: string) => async (tx: MikroORM['em']) => {
    const record = tx.create(SampleRecord, { name });
    await tx.flush();
    return { recordId: record.id };
  };

  it('refuses with VERSION_CONFLICT a change that lost a race on a versioned record, writing nothing', async () => {
    const record = orm.em.fork().create(VersionedSample, { name: 'first' });
    await orm.em.fork().persistAndFlush(record);
    const result = await runIdempotent(orm.em, { actor: 'a', operation: 'renameSample' }, async (tx) => {
      const found = await tx.findOneOrFail(VersionedSample, { id: record.id });
      await orm.em.fork().getConnection().execute('update versioned_sample set name = ?, version = version + 1 where id = ?', ['meanwhile', record.id]);
      found.name = 'mine';
      await tx.flush();
      return { renamed: true };
    });
    expect(result).toEqual({ errors: [expect.objectContaining({ code: 'VERSION_CONFLICT', field: 'version' })] });
    expect((await orm.em.fork().findOneOrFail(VersionedSample, { id: record.id })).name).toBe('meanwhile');
  });

  it('replays the first result of a retried mutation without running it again', async () => {
    const key = { clientMutationId: 'phone-42', actor: 'officer-1', operation: 'createSample' };
    const first = await runIdempotent(orm.em, key, create('once'));
    const retry = await runIdempotent(orm.em, key, create('twice'));
    expect(first.errors).toEqual([]);
    expect(retry).toEqual(first);
    expect(await orm.em.fork().count(SampleRecord, { name: { $in: ['once', 'twice'] } })).toBe(1);
  });

  it('keeps client ids apart per actor and refuses reuse for another operation', async () => {
    const mine = await runIdempotent(orm.em, { clientMutationId: 'c1', actor: 'a', operation: 'createSample' }, create('a1'));
    const theirs = await runIdempotent(orm.em, { clientMutationId: 'c1', actor: 'b', operation: 'createSample' }, create('b1'));
    expect(mine.recordId).not.toBe(theirs.recordId);
    await expect(runIdempotent(orm.em, { clientMutationId: 'c1', actor: 'a', operation: 'deleteSample' }, create('x'))).rejects.toThrow(
      'already used for createSample',
    );
  });

  it('rolls back a refused command and stores nothing, so a later retry can succeed', async () => {
    const key = { clientMutationId: 'retry-me', actor: 'officer-2', operation: 'createSample' };
    const refused = await runIdempotent(orm.em, key, async (tx) => {
      tx.create(SampleRecord, { name: 'half-written' });
      await tx.flush();
      throw new CommandRefused([userError('SAMPLE_REFUSED', 'not now', 'name')]);
    });
    expect(refused).toEqual({ errors: [{ code: 'SAMPLE_REFUSED', message: 'not now', field: 'name' }] });
    expect(await orm.em.fork().count(SampleRecord, { name: 'half-written' })).toBe(0);
    const later = await runIdempotent(orm.em, key, create('later'));
    expect(later.errors).toEqual([]);
    expect(later.recordId).toBeDefined();
  });
});
