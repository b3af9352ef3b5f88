import { Entity, MikroORM, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { CLIENT_MUTATION_ID_REUSED, ClientMutation, commandError, CommandRefused, expectVersion, flushOrRefuse, InvalidCommandInput, runCommand, runUseCase, type UseCase } from '@imis/application';
import { serviceOrmConfig, uuidv7 } from '@imis/persistence';
import { createTestDatabase, type TestDatabase } from '@imis/testing';

@Entity({ tableName: 'sample_record' })
class SampleRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Unique({ name: 'sample_record_name_unique' })
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

/** A use case as services write them: refuses a taken name, else creates the record. */
const createSample: UseCase<{ name: string }, { recordId: string }> = {
  operation: 'createSample',
  async execute(tx, { name }) {
    if ((await tx.count(SampleRecord, { name })) > 0) throw new CommandRefused([commandError('SAMPLE_NAME_TAKEN', 'taken', 'name')]);
    const record = tx.create(SampleRecord, { name });
    await flushOrRefuse(tx, { sample_record_name_unique: () => ({ code: 'SAMPLE_NAME_TAKEN', message: 'taken', field: 'name' }) });
    return { recordId: record.id };
  },
};

describe('runCommand', () => {
  let database: TestDatabase;
  let orm: MikroORM<PostgreSqlDriver>;
  let em: EntityManager;

  beforeAll(async () => {
    database = await createTestDatabase('application');
    orm = await MikroORM.init<PostgreSqlDriver>(
      serviceOrmConfig({ service: 'application', serverUrl: database.serverUrl, database: database.name, entities: [SampleRecord, VersionedSample, ClientMutation], migrations: [] }),
    );
    await orm.schema.createSchema();
    em = orm.em as EntityManager;
  });

  afterAll(async () => {
    await orm?.close(true);
    await database?.drop();
  });

  const create = (name: string) => (tx: EntityManager) => createSample.execute(tx, { name }, { actor: 'test' });
  const count = (name: string) => em.fork().count(SampleRecord, { name });

  it('refuses with VERSION_CONFLICT a change that lost a race on a versioned record, writing nothing', async () => {
    const record = em.fork().create(VersionedSample, { name: 'first' });
    await em.fork().persistAndFlush(record);
    const result = await runCommand(em, { actor: 'a', operation: 'renameSample' }, async (tx) => {
      const found = await tx.findOneOrFail(VersionedSample, { id: record.id });
      await em.fork().getConnection().execute('update versioned_sample set name = ?, version = version + 1 where id = ?', ['meanwhile', record.id]);
      found.name = 'mine';
      await tx.flush();
      return { renamed: true };
    });
    expect(result).toEqual({ errors: [expect.objectContaining({ code: 'VERSION_CONFLICT', field: 'version' })] });
    expect((await em.fork().findOneOrFail(VersionedSample, { id: record.id })).name).toBe('meanwhile');
  });

  it('refuses with VERSION_CONFLICT a change made from a version the client read before another change', async () => {
    const record = em.fork().create(VersionedSample, { name: 'v1' });
    await em.fork().persistAndFlush(record);
    const rename = (version: number) =>
      runCommand(em, { actor: 'a', operation: 'renameSample' }, async (tx) => {
        const found = await tx.findOneOrFail(VersionedSample, { id: record.id });
        expectVersion(found, version);
        found.name = `from ${version}`;
        return { version: found.version };
      });
    expect((await rename(1)).errors).toEqual([]);
    expect(await rename(1)).toEqual({ errors: [{ code: 'VERSION_CONFLICT', message: 'The record changed meanwhile: its current version is 2', field: 'version' }] });
  });

  it('replays the first result of a retried command without running it again', async () => {
    const key = { clientMutationId: 'phone-42', actor: 'officer-1', operation: 'createSample' };
    const first = await runCommand(em, key, create('once'));
    const retry = await runCommand(em, key, create('twice'));
    expect(first.errors).toEqual([]);
    expect(retry).toEqual(first);
    expect(await em.fork().count(SampleRecord, { name: { $in: ['once', 'twice'] } })).toBe(1);
  });

  it('answers 20 concurrent sends of one clientMutationId with the first result, having run the command once', async () => {
    const meta = { actor: 'officer-9', clientMutationId: 'flaky-network' };
    const answers = await Promise.all(Array.from({ length: 20 }, () => runUseCase(em, createSample, { name: 'concurrent' }, meta)));
    expect(answers[0]).toEqual({ recordId: expect.any(String), errors: [] });
    expect(answers.filter((answer) => JSON.stringify(answer) === JSON.stringify(answers[0]))).toHaveLength(20);
    expect(await count('concurrent')).toBe(1);
  });

  it('keeps client ids apart per actor and refuses a too long id as invalid input', async () => {
    const mine = await runCommand(em, { clientMutationId: 'c1', actor: 'a', operation: 'createSample' }, create('a1'));
    const theirs = await runCommand(em, { clientMutationId: 'c1', actor: 'b', operation: 'createSample' }, create('b1'));
    expect(mine.recordId).not.toBe(theirs.recordId);
    await expect(runCommand(em, { clientMutationId: 'x'.repeat(129), actor: 'a', operation: 'createSample' }, create('long'))).rejects.toBeInstanceOf(InvalidCommandInput);
    expect(await count('long')).toBe(0);
  });

  it('refuses with CLIENT_MUTATION_ID_REUSED a key reused for another operation, writing nothing', async () => {
    await runUseCase(em, createSample, { name: 'first-use' }, { actor: 'a', clientMutationId: 'c2' });
    const reuse = await runCommand(em, { clientMutationId: 'c2', actor: 'a', operation: 'deleteSample' }, create('other-operation'));
    expect(reuse).toEqual({ errors: [{ code: CLIENT_MUTATION_ID_REUSED, message: 'clientMutationId "c2" was already used for createSample', field: 'clientMutationId' }] });
    expect(await count('other-operation')).toBe(0);
  });

  it('refuses with CLIENT_MUTATION_ID_REUSED a key reused with another input, writing nothing, and still replays the same input', async () => {
    const meta = { actor: 'officer-3', clientMutationId: 'enrol-7' };
    const first = await runUseCase(em, createSample, { name: 'kept' }, meta);
    const reused = await runUseCase(em, createSample, { name: 'changed' }, meta);
    expect(reused).toEqual({
      errors: [{ code: CLIENT_MUTATION_ID_REUSED, message: 'clientMutationId "enrol-7" was already used for createSample with another input', field: 'clientMutationId' }],
    });
    expect(await count('changed')).toBe(0);
    expect(await runUseCase(em, createSample, { name: 'kept' }, meta)).toEqual(first);
  });

  it('fingerprints what was sent, before a use case fills in its input', async () => {
    const fillsIn: UseCase<{ name: string; note?: string }, { recordId: string }> = {
      operation: 'createSample',
      async execute(tx, input, meta) {
        input.note = 'filled in';
        return createSample.execute(tx, input, meta);
      },
    };
    const meta = { actor: 'officer-5', clientMutationId: 'fills-in' };
    const first = await runUseCase(em, fillsIn, { name: 'filled' }, meta);
    expect(await runUseCase(em, fillsIn, { name: 'filled' }, meta)).toEqual(first);
  });

  it('replays a result stored before input fingerprints were kept', async () => {
    const key = { clientMutationId: 'old-row', actor: 'officer-4', operation: 'createSample' };
    const first = await runCommand(em, { ...key, input: { name: 'legacy' } }, create('legacy'));
    await em.fork().nativeUpdate(ClientMutation, { actor: key.actor, clientMutationId: key.clientMutationId }, { inputHash: null });
    expect(await runCommand(em, { ...key, input: { name: 'anything' } }, create('anything'))).toEqual(first);
    expect(await count('anything')).toBe(0);
  });

  it('rolls back a refused command and stores nothing, so a later retry can succeed', async () => {
    const key = { clientMutationId: 'retry-me', actor: 'officer-2', operation: 'createSample' };
    const refused = await runCommand(em, key, async (tx) => {
      tx.create(SampleRecord, { name: 'half-written' });
      await tx.flush();
      throw new CommandRefused([commandError('SAMPLE_REFUSED', 'not now', 'name')]);
    });
    expect(refused).toEqual({ errors: [{ code: 'SAMPLE_REFUSED', message: 'not now', field: 'name' }] });
    expect(await count('half-written')).toBe(0);
    const later = await runCommand(em, key, create('later'));
    expect(later.errors).toEqual([]);
    expect(later.recordId).toBeDefined();
  });

  describe("inside a caller's transaction (an event handler's or a job's)", () => {
    it('commits and rolls back with the caller', async () => {
      await expect(
        em.fork().transactional(async (outer) => {
          const result = await runUseCase(outer, createSample, { name: 'joined' }, { actor: 'consumer' });
          expect(result.errors).toEqual([]);
          throw new Error('the inbox transaction fails after the command');
        }),
      ).rejects.toThrow('the inbox transaction fails');
      expect(await count('joined')).toBe(0);
    });

    it("undoes only a refused command's changes: the caller's own writes still commit", async () => {
      await em.fork().transactional(async (outer) => {
        outer.create(SampleRecord, { name: 'caller-own-write' });
        await outer.flush();
        await runUseCase(outer, createSample, { name: 'taken-inside' }, { actor: 'consumer' });
        const refused = await runCommand(outer, { actor: 'consumer', operation: 'createTwo' }, async (tx) => {
          tx.create(SampleRecord, { name: 'undone' });
          await tx.flush();
          return createSample.execute(tx, { name: 'taken-inside' }, { actor: 'consumer' });
        });
        expect(refused.errors.map((error) => error.code)).toEqual(['SAMPLE_NAME_TAKEN']);
      });
      expect([await count('caller-own-write'), await count('taken-inside'), await count('undone')]).toEqual([1, 1, 0]);
    });

    it('shares the entities the caller loaded: it sees the change and commits it as made', async () => {
      const record = em.fork().create(VersionedSample, { name: 'before' });
      await em.fork().persistAndFlush(record);
      await em.fork().transactional(async (outer) => {
        const loaded = await outer.findOneOrFail(VersionedSample, { id: record.id });
        const renamed = await runCommand(outer, { actor: 'consumer', operation: 'renameSample' }, async (tx) => {
          (await tx.findOneOrFail(VersionedSample, { id: record.id })).name = 'after';
          return {};
        });
        expect(renamed.errors).toEqual([]);
        expect(loaded).toMatchObject({ name: 'after', version: 2 });
      });
      expect(await em.fork().findOneOrFail(VersionedSample, { id: record.id })).toMatchObject({ name: 'after', version: 2 });
    });

    it('turns a unique index a concurrent transaction won into the refusal, and the caller goes on', async () => {
      await em.fork().transactional(async (outer) => {
        await em.fork().transactional(async (other) => {
          other.create(SampleRecord, { name: 'raced' });
        });
        const raced = await runCommand(outer, { actor: 'consumer', operation: 'createSample' }, async (tx) => {
          tx.create(SampleRecord, { name: 'raced' }); // skips the check: the index refuses
          await flushOrRefuse(tx, { sample_record_name_unique: () => ({ code: 'SAMPLE_NAME_TAKEN', message: 'taken', field: 'name' }) });
          return {};
        });
        expect(raced.errors.map((error) => error.code)).toEqual(['SAMPLE_NAME_TAKEN']);
        outer.create(SampleRecord, { name: 'after-the-race' });
      });
      expect([await count('raced'), await count('after-the-race')]).toEqual([1, 1]);
    });
  });
});
