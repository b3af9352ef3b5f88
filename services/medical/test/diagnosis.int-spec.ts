import { Workbook } from 'exceljs';
import { Right } from '@imis/auth';
import { type GraphQLData, readEveryPage, type ServiceTestApp, type TestAuthority } from '@imis/testing';
import { ADMINISTRATOR, startMedical } from './support/medical-service';

const UPLOADER = { id: '0190e0c0-0000-7000-8000-0000000d1a01', username: 'uploader', rights: [Right.DiagnosesUpload] };
const DOWNLOADER = { id: '0190e0c0-0000-7000-8000-0000000d1a02', username: 'downloader', rights: [Right.DiagnosesDownload] };
const NO_RIGHTS = { id: '0190e0c0-0000-7000-8000-0000000d1a03', username: 'clerk', rights: [] };

const UPLOAD = `mutation($input: UploadDiagnosesInput!) {
  uploadDiagnoses(input: $input) { diagnosisUpload { id status } errors { code message field } clientMutationId }
}`;
const UPLOAD_STATUS = `query($id: ID!, $first: Int, $after: String) {
  diagnosisUpload(id: $id) {
    id status format mode strategy totalRows errorsCount refusedRows created updated deleted unchanged failureMessage finishedAt
    errors(first: $first, after: $after) { totalCount edges { node { row column code message } } pageInfo { hasNextPage endCursor } }
    errorReportCsv
  }
}`;
const DIAGNOSES = `query($filter: DiagnosisFilterInput, $first: Int) {
  diagnoses(filter: $filter, first: $first) { totalCount edges { node { id code name version } } }
}`;

type Options = { format?: 'CSV' | 'XLSX'; mode?: string; strategy?: string; encoding?: string; headers?: Record<string, string> };

const csvOf = (rows: string[][], header = ['code', 'name']) => [header, ...rows].map((cells) => cells.join(',')).join('\r\n') + '\r\n';

async function xlsxOf(rows: string[][]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('ICD-10');
  sheet.addRow(['Code', 'Name']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const icd = (from: number, count: number, prefix = 'T') =>
  Array.from({ length: count }, (_, index) => [`${prefix}${String(from + index).padStart(4, '0')}`, `Condition ${from + index}`]);

describe('medical service: diagnoses and their uploads', () => {
  let service: ServiceTestApp;
  let authority: TestAuthority;

  beforeAll(async () => {
    ({ service, authority } = await startMedical());
  });
  afterAll(() => service?.close());

  async function start(file: string | Buffer, options: Options = {}): Promise<GraphQLData> {
    const input = {
      file: Buffer.from(file).toString('base64'),
      fileName: 'diagnoses.csv',
      format: options.format ?? 'CSV',
      encoding: options.encoding,
      mode: options.mode ?? 'ALL_OR_NOTHING',
      strategy: options.strategy ?? 'INSERT_ONLY',
    };
    return (await service.data(UPLOAD, { input }, options.headers)).uploadDiagnoses;
  }

  async function upload(file: string | Buffer, options: Options = {}): Promise<GraphQLData> {
    const started = await start(file, options);
    if (!started.diagnosisUpload) throw new Error(`Upload refused: ${JSON.stringify(started.errors)}`);
    return service.eventually(async () => {
      const { diagnosisUpload } = await service.data(UPLOAD_STATUS, { id: started.diagnosisUpload.id, first: 100 }, options.headers);
      return diagnosisUpload.status === 'SUCCEEDED' || diagnosisUpload.status === 'FAILED' ? diagnosisUpload : null;
    }, 30_000);
  }

  const errorsOf = (job: GraphQLData) => job.errors.edges.map(({ node }: GraphQLData) => `${node.row}:${node.column}:${node.code}`);
  const eventsOf = async (uploadId: string, atLeast: number) =>
    (await service.publishedEvents(atLeast)).filter((event) => event.type === 'imis.medical.diagnosis.batch-uploaded.v1' && event.data.uploadId === uploadId);

  it('uploads a CSV set-based, in events of at most 1,000 rows written with it, and finds diagnoses by code and name', async () => {
    const rows = [['A00', 'Choléra'], ['A01', 'Typhoid fever'], ...icd(0, 2_498)];
    const job = await upload(csvOf(rows));
    expect(job).toMatchObject({ status: 'SUCCEEDED', format: 'CSV', totalRows: 2_500, created: 2_500, updated: 0, deleted: 0, errorsCount: 0, failureMessage: null });
    expect(await service.count('diagnosis')).toBe(2_500);
    const [history] = await service.query<{ count: string }>(`select count(*) from history where entity_type = 'Diagnosis'`);
    expect(Number(history.count)).toBe(0);

    const outbox = await service.query<{ payload: { data: { batch: number; batches: number; upserted: unknown[] } } }>(
      `select payload from outbox where subject = 'imis.medical.diagnosis.batch-uploaded.v1' and payload->'data'->>'uploadId' = $1 order by payload->'data'->>'batch'`,
      [job.id],
    );
    expect(outbox.map(({ payload }) => [payload.data.batch, payload.data.batches, payload.data.upserted.length])).toEqual([
      [1, 3, 1_000],
      [2, 3, 1_000],
      [3, 3, 500],
    ]);
    const published = await eventsOf(job.id, 3);
    expect(published).toHaveLength(3);
    expect(published[0].data.upserted).toContainEqual({ id: expect.any(String), code: 'A00', name: 'Choléra', version: 1 });

    const byCode = (await service.data(DIAGNOSES, { filter: { code: 'A0' } })).diagnoses;
    expect(byCode.edges.map(({ node }: GraphQLData) => node.code)).toEqual(['A00', 'A01']);
    const byName = (await service.data(DIAGNOSES, { filter: { name: 'CHOLERA' } }, await authority.headers(NO_RIGHTS))).diagnoses;
    expect(byName).toMatchObject({ totalCount: 1, edges: [{ node: { code: 'A00', name: 'Choléra', version: 1 } }] });
    const { diagnosis } = await service.data('query($id: ID!) { diagnosis(id: $id) { code name } }', { id: byName.edges[0].node.id });
    expect(diagnosis).toEqual({ code: 'A00', name: 'Choléra' });
    expect((await service.data(DIAGNOSES, { filter: { code: '%' } })).diagnoses.totalCount).toBe(0);

    // Stamped by this process to the millisecond, as entities are: a batch's rows share one stamp and page by id.
    const [finer] = await service.query<{ count: string }>(`select count(*) from diagnosis where created_at <> date_trunc('milliseconds', created_at)`);
    expect(Number(finer.count)).toBe(0);
    const inOrder = await service.query<{ id: string }>('select id from diagnosis where deleted_at is null order by created_at, id');
    const { nodes, pages } = await readEveryPage(
      async (after) => (await service.data('query($after: String) { diagnoses(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', { after })).diagnoses,
    );
    expect(nodes.map((node) => node.id)).toEqual(inOrder.map((row) => row.id));
    expect(pages).toBe(25);
  });

  it('uploads the first worksheet of an XLSX, headers in any case, and a Windows-1252 CSV', async () => {
    const job = await upload(await xlsxOf([['X01', 'Xerosis'], ['X02', 'Œdème']]), { format: 'XLSX' });
    expect(job).toMatchObject({ status: 'SUCCEEDED', format: 'XLSX', totalRows: 2, created: 2 });
    const latin = await upload(Buffer.from([...Buffer.from('code,name\r\nW01,'), 0x8c, 0x75, 0x76, 0x72, 0x65, 0x0d, 0x0a]), { encoding: 'WINDOWS_1252' });
    expect(latin).toMatchObject({ status: 'SUCCEEDED', created: 1 });
    const [row] = await service.query<{ name: string }>(`select name from diagnosis where code = 'W01'`);
    expect(row.name).toBe('Œuvre');
    const refused = await start(Buffer.from([...Buffer.from('code,name\r\nW02,'), 0xe9, 0x0d, 0x0a]));
    expect(refused).toMatchObject({ diagnosisUpload: null, errors: [{ code: 'FILE_ENCODING_INVALID', field: 'encoding' }] });
  });

  it('refuses a file with wrong columns with one file-level error, writing nothing', async () => {
    const before = await service.count('diagnosis');
    const job = await upload(csvOf([['Y01', 'Yaws']], ['icd', 'description']));
    expect(job).toMatchObject({ status: 'FAILED', created: 0, errorsCount: 1 });
    expect(job.errors.edges).toEqual([
      { node: { row: 0, column: null, code: 'DIAGNOSIS_FILE_COLUMNS', message: 'The header must name the two columns code and name (in any order); it names "icd", "description"' } },
    ]);
    expect(await service.count('diagnosis')).toBe(before);
  });

  const BAD_ROWS = [
    ['B01', 'Varicella'],
    ['', 'No code'],
    ['B0000002', 'Code too long'],
    ['B03', ''],
    ['B04', 'n'.repeat(256)],
    ['B01', 'Varicella again'],
    ['B06', 'Bell\u0007'],
    ['B07', 'Measles'],
  ];
  const BAD_REPORT = [
    '2:code:DIAGNOSIS_CODE_REQUIRED',
    '3:code:DIAGNOSIS_CODE_TOO_LONG',
    '4:name:DIAGNOSIS_NAME_REQUIRED',
    '5:name:DIAGNOSIS_NAME_TOO_LONG',
    '6:code:DIAGNOSIS_CODE_DUPLICATE_IN_FILE',
    '7:name:INVALID_CHARACTERS',
  ];

  it('writes nothing from a file with bad rows in ALL_OR_NOTHING, naming every bad row', async () => {
    const before = await service.counts(['diagnosis', 'outbox']);
    const job = await upload(csvOf(BAD_ROWS));
    expect(job).toMatchObject({ status: 'FAILED', totalRows: 8, refusedRows: 6, errorsCount: 6, created: 0 });
    expect(job.failureMessage).toBe('6 of 8 rows were refused (6 errors); nothing was uploaded');
    expect(errorsOf(job)).toEqual(BAD_REPORT);
    expect(await service.counts(['diagnosis', 'outbox'])).toEqual(before);
  });

  it('writes the valid rows in VALID_ROWS_ONLY, pages the report and serves it as CSV', async () => {
    const job = await upload(csvOf(BAD_ROWS), { mode: 'VALID_ROWS_ONLY' });
    expect(job).toMatchObject({ status: 'SUCCEEDED', refusedRows: 6, created: 2 });
    expect(errorsOf(job)).toEqual(BAD_REPORT);
    const codes = await service.query<{ code: string }>(`select code from diagnosis where code like 'B%' order by code`);
    expect(codes.map((row) => row.code)).toEqual(['B01', 'B07']);

    const page = (await service.data(UPLOAD_STATUS, { id: job.id, first: 4 })).diagnosisUpload.errors;
    expect(page).toMatchObject({ totalCount: 6, pageInfo: { hasNextPage: true } });
    const rest = (await service.data(UPLOAD_STATUS, { id: job.id, first: 4, after: page.pageInfo.endCursor })).diagnosisUpload.errors;
    expect(rest.edges.map(({ node }: GraphQLData) => node.row)).toEqual([6, 7]);

    expect(job.errorReportCsv.split('\r\n').slice(0, 3)).toEqual(['row,column,code,message', '2,code,DIAGNOSIS_CODE_REQUIRED,The code is empty', '3,code,DIAGNOSIS_CODE_TOO_LONG,The code is longer than 6 characters']);
    const download = await fetch(`${service.url}/diagnosis-uploads/${job.id}/errors.csv`, { headers: service.headers });
    expect(download.status).toBe(200);
    expect(await download.text()).toBe(job.errorReportCsv);
    expect((await fetch(`${service.url}/diagnosis-uploads/${job.id}/errors.csv`, { headers: await authority.headers(UPLOADER) })).status).toBe(404);
  });

  it('renames with INSERT_UPDATE, keeping the previous version in history', async () => {
    const job = await upload(csvOf([['A00', 'Cholera'], ['A01', 'Typhoid fever'], ['Z01', 'New']]), { strategy: 'INSERT_UPDATE' });
    expect(job).toMatchObject({ status: 'SUCCEEDED', created: 1, updated: 1, unchanged: 1, deleted: 0 });
    const [a00] = (await service.data(DIAGNOSES, { filter: { code: 'A00' } })).diagnoses.edges;
    expect(a00.node).toMatchObject({ name: 'Cholera', version: 2 });
    const { diagnosisHistory } = await service.data('query($id: ID!) { diagnosisHistory(id: $id) { version code name changedBy deleted } }', { id: a00.node.id });
    expect(diagnosisHistory).toEqual([{ version: 1, code: 'A00', name: 'Choléra', changedBy: ADMINISTRATOR.id, deleted: false }]);
    const [event] = await eventsOf(job.id, 1);
    expect(event.data).toMatchObject({ batch: 1, batches: 1, deleted: [] });
    expect(event.data.upserted).toEqual(expect.arrayContaining([{ id: a00.node.id, code: 'A00', name: 'Cholera', version: 2 }]));
  });

  it('serves every current diagnosis as CSV to right 131002, cells a spreadsheet would run prefixed', async () => {
    await upload(csvOf([['=1+1', '"=HYPERLINK(""http://x"")"'], ['@A', '"At, comma"']]));
    const download = await fetch(`${service.url}/diagnoses.csv`, { headers: await authority.headers(DOWNLOADER) });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toContain('text/csv');
    const lines = (await download.text()).split('\r\n');
    expect(lines[0]).toBe('code,name');
    expect(lines).toHaveLength(1 + (await service.count('diagnosis')) - Number((await service.query<{ n: string }>('select count(*) as n from diagnosis where deleted_at is not null'))[0].n) + 1);
    expect(lines).toContain(`'=1+1,"'=HYPERLINK(""http://x"")"`);
    expect(lines).toContain(`'@A,"At, comma"`);
    expect(lines).toContain('A00,Cholera');
    expect(lines[lines.length - 1]).toBe('');
    expect((await fetch(`${service.url}/diagnoses.csv`, { headers: await authority.headers(UPLOADER) })).status).toBe(403);
    expect((await fetch(`${service.url}/diagnoses.csv`)).status).toBe(401);
  });

  it('deletes current codes the file does not name with INSERT_UPDATE_DELETE, in events, with history', async () => {
    const current = await service.query<{ code: string }>('select code from diagnosis where deleted_at is null');
    const job = await upload(csvOf([['A00', 'Cholera'], ['A01', 'Typhoid and paratyphoid fevers'], ['D00', 'New'], ['', 'refused row']]), {
      strategy: 'INSERT_UPDATE_DELETE',
      mode: 'VALID_ROWS_ONLY',
    });
    expect(job).toMatchObject({ status: 'SUCCEEDED', created: 1, updated: 1, unchanged: 1, deleted: current.length - 2, refusedRows: 1 });
    const left = await service.query<{ code: string; name: string; version: number }>('select code, name, version from diagnosis where deleted_at is null order by code');
    expect(left).toEqual([
      { code: 'A00', name: 'Cholera', version: 2 },
      { code: 'A01', name: 'Typhoid and paratyphoid fevers', version: 2 },
      { code: 'D00', name: 'New', version: 1 },
    ]);
    const [deletedHistory] = await service.query<{ count: string }>(
      `select count(*) from history h join diagnosis d on d.id = h.entity_id where d.deleted_at is not null and h.data->>'deletedAt' is null`,
    );
    expect(Number(deletedHistory.count)).toBeGreaterThanOrEqual(current.length - 2);
    const events = await eventsOf(job.id, 1);
    const deleted = events.flatMap((event) => event.data.deleted as { id: string; code: string; version: number }[]);
    expect(deleted).toHaveLength(current.length - 2);
    const stored = await service.query<{ id: string; code: string; version: number }>(
      'select id, code, version from diagnosis where id = any($1::uuid[]) and deleted_at is not null',
      [deleted.map((row) => row.id)],
    );
    expect(new Map(stored.map((row) => [row.id, row]))).toEqual(new Map(deleted.map((row) => [row.id, row])));
    expect(events.every((event) => (event.data.upserted as unknown[]).length + (event.data.deleted as unknown[]).length <= 1_000)).toBe(true);
    expect((await service.data(DIAGNOSES, {})).diagnoses.totalCount).toBe(3);
  });

  it('lets only right 131001 upload or follow an upload, and nobody without a token read diagnoses', async () => {
    const response = await service.graphql(UPLOAD, { input: { file: 'Y29kZSxuYW1lCg==', fileName: 'x.csv', format: 'CSV', mode: 'ALL_OR_NOTHING', strategy: 'INSERT_ONLY' } }, await authority.headers(DOWNLOADER));
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await upload(csvOf([['E01', 'Uploaded by an uploader']]), { headers: await authority.headers(UPLOADER) });
    expect(own).toMatchObject({ status: 'SUCCEEDED', created: 1 });
    const [row] = await service.query<{ changed_by: string }>(`select changed_by from diagnosis where code = 'E01'`);
    expect(row.changed_by).toBe(UPLOADER.id);
    expect((await service.graphql(DIAGNOSES, {}, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const empty = await start('');
    expect(empty).toMatchObject({ diagnosisUpload: null, errors: [{ code: 'DIAGNOSIS_FILE_EMPTY', field: 'file' }] });
  });
});
