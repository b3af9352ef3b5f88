import { DriverException, Entity, ForeignKeyConstraintViolationException, MikroORM, type Opt, Property, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { findHistory, insertEntities, readRows, recordHistory, selectEntities, serviceOrmConfig, sqlRunner, VersionedEntity } from '@imis/persistence';
import { createTestDatabase, type TestDatabase } from '@imis/testing';

@Entity({ tableName: 'sample_claim' })
class SampleClaim extends VersionedEntity {
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'date' })
  dateFrom!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  claimed!: string;

  @Property({ type: 'bigint', nullable: true })
  /** MikroORM reads bigint columns as JS bigints; written from either. */
  sequence: string | bigint | null = null;

  @Property({ type: 'json' })
  diagnoses: Opt<string[]> = [];

  @Property({ type: 'boolean' })
  queued: Opt<boolean> = false;
}

@Entity({ tableName: 'sample_line' })
class SampleLine extends VersionedEntity {
  @Property({ type: 'uuid' })
  claimId!: string;

  @Property({ type: 'text' })
  note!: string;
}

describe('set-based writes: insertEntities, recordHistory, sqlRunner', () => {
  let database: TestDatabase;
  let orm: MikroORM<PostgreSqlDriver>;

  beforeAll(async () => {
    database = await createTestDatabase('persistence_sets');
    orm = await MikroORM.init<PostgreSqlDriver>(
      serviceOrmConfig({ service: 'persistence', serverUrl: database.serverUrl, database: database.name, entities: [SampleClaim, SampleLine], migrations: [] }),
    );
    await orm.schema.createSchema();
    await orm.em.getConnection().execute('alter table sample_line add constraint sample_line_claim foreign key (claim_id) references sample_claim (id)');
    await orm.em.getConnection().execute('create unique index sample_line_note on sample_line (note)');
  });

  afterAll(async () => {
    await orm?.close(true);
    await database?.drop();
  });

  const sample = (code: string, sequence: string | bigint = '9007199254740993') => Object.assign(new SampleClaim(), { code, dateFrom: '2026-03-01', claimed: '51.50', sequence, diagnoses: ['A00', "O'Neil"], changedBy: 'alice' });

  it('inserts entities built in memory in one statement, every column from the entity (version 1)', async () => {
    const claims = [sample('C1'), sample('C2', 9007199254740993n)];
    await orm.em.fork().transactional((tx) => insertEntities(tx, claims));
    const stored = await orm.em.fork().find(SampleClaim, { id: { $in: claims.map((claim) => claim.id) } }, { orderBy: { code: 'asc' } });
    expect(stored.map((claim) => [claim.code, claim.version, claim.dateFrom, claim.claimed, String(claim.sequence), claim.diagnoses, claim.queued, claim.changedBy])).toEqual([
      ['C1', 1, '2026-03-01', '51.50', '9007199254740993', ['A00', "O'Neil"], false, 'alice'],
      ['C2', 1, '2026-03-01', '51.50', '9007199254740993', ['A00', "O'Neil"], false, 'alice'],
    ]);
  });

  it('inserts entities of several classes in one statement, children with their parents, all or nothing', async () => {
    const claim = sample('P1');
    const line = (note: string, claimId = claim.id) => Object.assign(new SampleLine(), { claimId, note, changedBy: 'alice' });
    await orm.em.fork().transactional((tx) => insertEntities(tx, [line('first'), claim, line('second')]));
    const lines = await orm.em.fork().find(SampleLine, { claimId: claim.id }, { orderBy: { note: 'asc' } });
    expect(lines.map((row) => [row.note, row.version])).toEqual([['first', 1], ['second', 1]]);

    const orphan = sample('P2');
    await expect(orm.em.fork().transactional((tx) => insertEntities(tx, [orphan, line('first', orphan.id)]))).rejects.toBeInstanceOf(UniqueConstraintViolationException);
    expect(await orm.em.fork().count(SampleClaim, { code: 'P2' })).toBe(0);
    await expect(orm.em.fork().transactional((tx) => insertEntities(tx, [sample('P3'), line('third', orphan.id)]))).rejects.toBeInstanceOf(ForeignKeyConstraintViolationException);
    expect(await orm.em.fork().count(SampleClaim, { code: 'P3' })).toBe(0);
  });

  it('reads entities outside the unit of work with the values MikroORM loads (dates, bigints, JSON, decimals)', async () => {
    const rows = [sample('S1'), Object.assign(sample('S2', 42n), { queued: true }), Object.assign(sample('S3'), { sequence: null })];
    await orm.em.fork().transactional((tx) => insertEntities(tx, rows));
    const codes = `{${rows.map((row) => row.code).join(',')}}`;
    const found = await orm.em.fork().find(SampleClaim, { code: { $in: rows.map((row) => row.code) } }, { orderBy: { code: 'asc' }, disableIdentityMap: true });
    const inTransaction = await orm.em.fork().transactional((tx) => selectEntities(tx, SampleClaim, 'code = any(?::text[]) order by code', [codes]));
    const outside = await selectEntities(orm.em.fork(), SampleClaim, 'code = any(?::text[]) order by code', [codes]);
    for (const selected of [inTransaction, outside]) {
      expect(selected.every((entity) => entity instanceof SampleClaim)).toBe(true);
      expect(selected.map((entity) => ({ ...entity }))).toEqual(found.map((entity) => ({ ...entity })));
    }
    expect(inTransaction.map((entity) => [entity.dateFrom, entity.sequence, entity.claimed, entity.diagnoses])).toEqual([
      ['2026-03-01', 9007199254740993n, '51.50', ['A00', "O'Neil"]],
      ['2026-03-01', 42n, '51.50', ['A00', "O'Neil"]],
      ['2026-03-01', null, '51.50', ['A00', "O'Neil"]],
    ]);
  });

  it('keeps the versions a set-based update replaces as the history subscriber keeps a flushed change', async () => {
    const byFlush = sample('F1');
    const bySet = sample('S1');
    await orm.em.fork().transactional((tx) => insertEntities(tx, [byFlush, bySet]));

    const em = orm.em.fork();
    const loaded = await em.findOneOrFail(SampleClaim, byFlush.id);
    loaded.queued = true;
    loaded.markChanged('bob');
    await em.flush();
    await orm.em.fork().transactional(async (tx) => {
      const at = new Date();
      await recordHistory(tx, SampleClaim, [bySet.id], 'bob', at);
      await sqlRunner(tx).run(`update sample_claim set queued = true, version = version + 1, changed_by = ?, valid_from = ? where id = ?`, ['bob', at, bySet.id]);
    });

    const [flushed] = await findHistory(orm.em.fork(), 'SampleClaim', byFlush.id);
    const [set] = await findHistory(orm.em.fork(), 'SampleClaim', bySet.id);
    const comparable = ({ id: _id, createdAt: _created, updatedAt: _updated, validFrom, ...data }: Record<string, unknown>) => ({ ...data, validFrom: new Date(String(validFrom)).getTime() });
    expect({ ...comparable(set.data), code: 'F1' }).toEqual({ ...comparable(flushed.data), validFrom: comparable(set.data).validFrom });
    expect([set.version, set.changedBy, set.replacedBy]).toEqual([1, 'alice', 'bob']);
    expect(set.data).toMatchObject({ code: 'S1', claimed: '51.50', dateFrom: '2026-03-01', sequence: '9007199254740993', diagnoses: ['A00', "O'Neil"], queued: false, version: 1 });
  });

  it('passes values as bind parameters: quotes and large text arrive as sent, never as SQL', async () => {
    const text = `'; drop table sample_claim; --${'x'.repeat(100_000)}`;
    const [row] = await orm.em.fork().transactional((tx) => sqlRunner(tx).rows<{ length: number; head: string }>(`select length(?::text) as length, left(?::text, 3) as head`, [text, text]));
    expect(row).toEqual({ length: text.length, head: "'; " });
    await expect(orm.em.fork().count(SampleClaim, {})).resolves.toBeGreaterThan(0);
  });

  it('runs on the connection of the transaction: its statements see the uncommitted change and roll back with it', async () => {
    const claim = sample('T1');
    await expect(
      orm.em.fork().transactional(async (tx) => {
        await insertEntities(tx, [claim]);
        const rows = await readRows<{ code: string }>(tx, 'select code from sample_claim where id = ?', [claim.id]);
        expect(rows).toEqual([{ code: 'T1' }]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await expect(orm.em.fork().count(SampleClaim, { id: claim.id })).resolves.toBe(0);
  });

  it('throws MikroORM exceptions, as em.execute does (a duplicate key is a UniqueConstraintViolationException)', async () => {
    const claim = sample('U1');
    await orm.em.fork().transactional((tx) => insertEntities(tx, [claim]));
    await expect(orm.em.fork().transactional((tx) => insertEntities(tx, [Object.assign(sample('U2'), { id: claim.id })]))).rejects.toBeInstanceOf(UniqueConstraintViolationException);
  });

  it('runs reads started together in one transaction one after the other (never two queries at once on its connection)', async () => {
    let running = 0;
    let most = 0;
    const answers = await orm.em.fork().transactional(async (tx) => {
      const trx = tx.getTransactionContext<{ client: { acquireConnection(): Promise<{ query: (...args: unknown[]) => Promise<unknown> }> } }>()!;
      const connection = await trx.client.acquireConnection();
      const query = connection.query.bind(connection);
      connection.query = async (...args: unknown[]) => {
        most = Math.max(most, ++running);
        try {
          return await query(...args);
        } finally {
          running -= 1;
        }
      };
      try {
        return await Promise.all(Array.from({ length: 20 }, (_, n) => readRows<{ n: number }>(tx, 'select ?::int as n', [n])));
      } finally {
        connection.query = query;
      }
    });
    expect(answers.map(([row]) => row.n)).toEqual(Array.from({ length: 20 }, (_, n) => n));
    expect(most).toBe(1);
  });

  // current_query() is the text of the statement running: a named statement finds itself among the prepared ones.
  const PREPARED = 'select ?::int as n, exists (select from pg_prepared_statements where statement = current_query()) as prepared';

  it('runs a statement with values as a prepared statement, in a transaction and on the pool outside one', async () => {
    const [inside] = await orm.em.fork().transactional((tx) => sqlRunner(tx).rows<{ n: number; prepared: boolean }>(PREPARED, [1]));
    const [outside] = await readRows<{ n: number; prepared: boolean }>(orm.em.fork(), PREPARED, [2]);
    const [throughConnection] = await readRows<{ n: number; prepared: boolean }>(orm.em.getConnection(), PREPARED, [3]);
    expect([inside, outside, throughConnection]).toEqual([
      { n: 1, prepared: true },
      { n: 2, prepared: true },
      { n: 3, prepared: true },
    ]);
  });

  it('keeps a statement prepared in a transaction that rolled back (prepared statements are not transactional)', async () => {
    const single = await MikroORM.init<PostgreSqlDriver>({
      ...serviceOrmConfig({ service: 'persistence', serverUrl: database.serverUrl, database: database.name, entities: [SampleClaim], migrations: [], poolMax: 1 }),
    });
    try {
      const statement = `${PREPARED} -- rolled back`;
      await expect(
        single.em.fork().transactional(async (tx) => {
          await sqlRunner(tx).rows(statement, [1]);
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect(await single.em.fork().transactional((tx) => sqlRunner(tx).rows(statement, [2]))).toEqual([{ n: 2, prepared: true }]);
      expect(await readRows(single.em.fork(), statement, [3])).toEqual([{ n: 3, prepared: true }]);
    } finally {
      await single.close(true);
    }
  });

  it('throws MikroORM exceptions from a read on the pool, and gives the connection back', async () => {
    for (let attempt = 0; attempt < 12; attempt += 1) {
      await expect(readRows(orm.em.fork(), 'select ?::int as n', ['not a number'])).rejects.toBeInstanceOf(DriverException);
    }
    expect(await readRows(orm.em.fork(), 'select ?::int as n', [7])).toEqual([{ n: 7 }]);
  });

  it('refuses to run outside a transaction', () => {
    expect(() => sqlRunner(orm.em.fork())).toThrow('sqlRunner runs in the transaction of the change');
  });
});
