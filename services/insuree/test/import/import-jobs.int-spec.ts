import { randomBytes } from 'crypto';
import { Client } from 'pg';
import type { ServiceTestApp } from '@imis/testing';
import { JobEnqueuer, JobRunner } from '@imis/jobs';
import { insureeImportQueue } from '../../src/modules/import/application/insuree-import.queue';
import { startInsuree } from '../support/insuree-service';
import { seedPlaces } from '../support/registry-fixtures';
import { csvOf, errorCodes, finished, head, IMPORT, member, runImport, startImport } from './import-fixtures';

/** The import as a background job: large refused files, partial imports, progress while running, retries. */
describe('insuree service: import jobs', () => {
  let service: ServiceTestApp;

  beforeAll(async () => {
    ({ service } = await startInsuree({ IMPORT_QUEUE_PREFIX: `imis-test-${randomBytes(4).toString('hex')}` }));
    await seedPlaces(service);
  });
  afterAll(() => service.close());

  it('fails a file of 10,000 bad rows as a whole, naming every row, writing nothing', async () => {
    const rows = Array.from({ length: 10_000 }, (_, index) => head(`F${index}`, { birthDate: `${1950 + (index % 50)}-01-01` }));
    const job = await runImport(service, csvOf(rows), {}, 100);
    expect(job).toMatchObject({ status: 'FAILED', totalRows: 10_000, rowsDone: 10_000, percent: 100, errorsCount: 10_000, familiesCreated: 0 });
    expect(job.failureMessage).toBe('10000 of 10000 rows were refused (10000 errors); nothing was imported');
    expect(job.errors.totalCount).toBe(10_000);
    expect(job.errors.pageInfo.hasNextPage).toBe(true);
    const next = (await service.data(IMPORT, { id: job.id, first: 2, after: job.errors.pageInfo.endCursor })).insureeImport;
    expect(errorCodes(next)).toEqual(['101:birthDate:IMPORT_DATE_FORMAT', '102:birthDate:IMPORT_DATE_FORMAT']);
    const rowsNamed = await service.query<{ rows: string; min: number; max: number }>(
      'select count(distinct "row") as rows, min("row") as min, max("row") as max from insuree_import_error where import_id = $1',
      [job.id],
    );
    expect(rowsNamed).toEqual([{ rows: '10000', min: 1, max: 10_000 }]);
    expect(await service.counts(['family', 'insuree', 'outbox'])).toEqual({ family: 0, insuree: 0, outbox: 0 });
    expect(await service.query('select length(content) as bytes from insuree_import where id = $1', [job.id])).toEqual([{ bytes: 0 }]); // file dropped once finished
  });

  it('in VALID_ROWS_ONLY writes the good rows only and reports the others', async () => {
    const rows = [
      head('G1'),
      member('G1'),
      member('G1', { gender: 'X' }),
      head('G2', { lastName: '' }),
      member('G2'),
      head('G3', { villageCode: 'T121V1' }),
    ];
    const before = await service.counts(['family', 'insuree']);
    const job = await runImport(service, csvOf(rows), { mode: 'VALID_ROWS_ONLY' });
    expect(job).toMatchObject({ status: 'SUCCEEDED', familiesCreated: 2, insureesCreated: 3, errorsCount: 3, failureMessage: null });
    expect(errorCodes(job)).toEqual(['3:gender:INSUREE_GENDER_UNKNOWN', '4:lastName:INSUREE_NAME_INVALID', '5:familyKey:IMPORT_FAMILY_SKIPPED']);
    expect(await service.counts(['family', 'insuree'])).toEqual({ family: before.family + 2, insuree: before.insuree + 3 });
    const written = await service.query<{ insurance_number: string }>('select insurance_number from insuree where insurance_number = any($1) order by 1', [
      rows.map((row) => row.insuranceNumber),
    ]);
    expect(written.map((row) => row.insurance_number)).toEqual([rows[0], rows[1], rows[5]].map((row) => row.insuranceNumber as string).sort());
    // Stamped by this process to the millisecond, as entities are: the lists' cursors carry milliseconds.
    const [finer] = await service.query<{ count: string }>(
      `select (select count(*) from family where created_at <> date_trunc('milliseconds', created_at)) + (select count(*) from insuree where created_at <> date_trunc('milliseconds', created_at)) as count`,
    );
    expect(Number(finer.count)).toBe(0);
  });

  it('shows its progress while it runs: rows checked so far', async () => {
    const rows = Array.from({ length: 6_000 }, (_, index) => (index % 3 === 0 ? head(`P${index}`) : member(`P${index - (index % 3)}`)));
    // Holding the family table makes the job wait at its first writes, so the test sees it mid-way.
    const blocker = new Client({ connectionString: service.db.url });
    await blocker.connect();
    try {
      await blocker.query('begin');
      await blocker.query('lock table family in exclusive mode');
      const response = await startImport(service, csvOf(rows));
      const id = response.data!.startInsureeImport.insureeImport.id;
      const running = await service.eventually(async () => {
        const { insureeImport } = await service.data(IMPORT, { id, first: 0 });
        return insureeImport.rowsDone > 0 ? insureeImport : null;
      });
      expect(running).toMatchObject({ status: 'RUNNING', phase: 'VALIDATING', totalRows: 6_000, errorsCount: 0, finishedAt: null });
      expect(running.rowsDone).toBeLessThan(6_000);
      expect(running.percent).toBe(Math.round((running.rowsDone / 6_000) * 10_000) / 100);
      expect(running.startedAt).not.toBeNull();
      await blocker.query('commit');
      const done = await finished(service, id);
      expect(done).toMatchObject({ status: 'SUCCEEDED', phase: null, rowsDone: 6_000, percent: 100, familiesCreated: 2_000, insureesCreated: 6_000 });
      const events = await service.query<{ count: string }>(`select count(*) from outbox where subject = 'imis.insuree.import.batch-created.v1' and payload->'data'->>'importId' = $1`, [id]);
      expect(events[0].count).toBe('8'); // 2,000 families, 250 per event
    } finally {
      await blocker.query('rollback').catch(() => undefined);
      await blocker.end();
    }
  });

  it('runs a job once: a retry after success writes nothing twice; a run left by a killed worker restarts clean', async () => {
    const rows = [head('K1'), member('K1')];
    const job = await runImport(service, csvOf(rows));
    expect(job.status).toBe('SUCCEEDED');
    expect(await service.query('select length(content) as bytes from insuree_import where id = $1', [job.id])).toEqual([{ bytes: 0 }]);
    const runner = service.app.get(JobRunner);
    const before = await service.counts(['family', 'insuree', 'outbox', 'insuree_import_error']);
    expect(await runner.run(job.id)).toBe('skipped');
    await service.app.get(JobEnqueuer).enqueue(insureeImportQueue, job.id, { importId: job.id });
    expect(await service.counts(['family', 'insuree', 'outbox', 'insuree_import_error'])).toEqual(before);
    expect(await service.query('select status, attempts from job where id = $1', [job.id])).toEqual([{ status: 'COMPLETED', attempts: 1 }]);

    // A worker killed mid-way: the row says RUNNING, with a stale error row and nothing written (its transaction died with it).
    const [killed] = await service.query<{ id: string }>(
      `insert into insuree_import (id, created_at, updated_at, file_name, format, date_format, mode, column_mapping, content, status, rows_done, errors_count,
         families_created, insurees_created, requested_by, started_at)
       select gen_random_uuid(), now(), now(), file_name, format, date_format, mode, column_mapping, $2, 'RUNNING', 3000, 1, 0, 0, requested_by, now()
       from insuree_import where id = $1 returning id`,
      [job.id, Buffer.from(csvOf([head('K2'), member('K2')]))],
    );
    await service.query(`insert into insuree_import_error (import_id, "row", "column", code, message) values ($1, 7, null, 'STALE', 'from the killed run')`, [killed.id]);
    await service.query(
      `insert into job (id, created_at, updated_at, queue, payload, status, attempts, max_attempts) values ($1, now(), now(), 'insuree-import', $2, 'RUNNING', 1, 3)`,
      [killed.id, { importId: killed.id }],
    );
    expect(await runner.run(killed.id)).toBe('completed');
    const rerun = (await service.data(IMPORT, { id: killed.id })).insureeImport;
    expect(rerun).toMatchObject({ status: 'SUCCEEDED', familiesCreated: 1, insureesCreated: 2, errorsCount: 0 });
    expect(rerun.errors.totalCount).toBe(0);
    expect(await runner.run(killed.id)).toBe('skipped');
    expect((await service.counts(['family', 'insuree'])).insuree).toBe(before.insuree + 2);
  });
});
