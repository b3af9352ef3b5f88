import { randomBytes } from 'crypto';
import type { GraphQLResponse, ServiceTestApp } from '@imis/testing';
import { startInsuree } from '../support/insuree-service';
import { seedPlaces } from '../support/registry-fixtures';
import { csvOf, errorCodes, finished, head, member, START_IMPORT } from './import-fixtures';

/**
 * Files with text PostgreSQL cannot store, and files in another encoding than UTF-8: a bad cell is a row
 * error (the job neither retries nor fails with a database message), Latin-1 and Windows-1252 files are
 * read as declared, and bytes that are not what the declared encoding allows are refused when the import
 * is started, never stored mangled.
 */
describe('insuree service: import of hostile files', () => {
  let service: ServiceTestApp;

  const start = (file: Buffer | string, input: Record<string, unknown> = {}): Promise<GraphQLResponse> =>
    service.graphql(START_IMPORT, {
      input: { fileName: 'families.csv', format: 'CSV', dateFormat: 'DMY', mode: 'VALID_ROWS_ONLY', contentBase64: Buffer.from(file).toString('base64'), ...input },
    });
  const run = async (file: Buffer | string, input: Record<string, unknown> = {}) => {
    const response = await start(file, input);
    const started = response.data?.startInsureeImport;
    if (!started?.insureeImport) throw new Error(`Import refused: ${JSON.stringify(response.errors ?? started?.errors)}`);
    return finished(service, started.insureeImport.id);
  };
  const lastNames = async (prefix: string) =>
    (await service.query<{ last_name: string }>('select last_name from insuree where other_names like $1 order by last_name', [`${prefix}%`])).map((row) => row.last_name);

  beforeAll(async () => {
    ({ service } = await startInsuree({ IMPORT_QUEUE_PREFIX: `imis-test-${randomBytes(4).toString('hex')}` }));
    await seedPlaces(service);
  });
  afterAll(() => service.close());

  // A lone surrogate cannot travel in a file (UTF-8 has no bytes for it): domain/import-cells.spec.ts and @imis/tabular-files cover it.
  it('refuses a row with a NUL byte in a cell, and imports the others', async () => {
    const rows = [
      head('A', { otherNames: 'Nul A', lastName: 'Bad\u0000Name' }),
      head('B', { otherNames: 'Nul B' }),
      member('B', { otherNames: 'Nul B member', familyKey: 'B\u0000' }),
      member('B', { otherNames: 'Nul B other', phone: '+255\u0000 700' }),
    ];
    const job = await run(csvOf(rows));
    expect(job).toMatchObject({ status: 'SUCCEEDED', familiesCreated: 1, insureesCreated: 1, failureMessage: null });
    expect(errorCodes(job)).toEqual(['1:lastName:INVALID_CHARACTERS', '3:familyKey:INVALID_CHARACTERS', '4:phone:INVALID_CHARACTERS']);
    expect(await lastNames('Nul')).toEqual(['Mwakyusa']);
  });

  it('refuses an over-long cell as a row error', async () => {
    const job = await run(csvOf([head('L', { otherNames: 'Long L', familyType: 'x'.repeat(5_000) }), head('M', { otherNames: 'Long M' })]));
    expect(job).toMatchObject({ status: 'SUCCEEDED', familiesCreated: 1 });
    expect(errorCodes(job)).toEqual(['1:familyType:IMPORT_CELL_TOO_LONG']);
  });

  it('reads a Latin-1 file declared Latin-1 exactly', async () => {
    const file = Buffer.from(csvOf([head('C', { lastName: 'Müller', otherNames: 'Latin Zoë' })]), 'latin1');
    const job = await run(file, { encoding: 'ISO_8859_1' });
    expect(job).toMatchObject({ status: 'SUCCEEDED', insureesCreated: 1 });
    expect(await lastNames('Latin')).toEqual(['Müller']);
    const [row] = await service.query<{ other_names: string }>(`select other_names from insuree where last_name = 'Müller'`);
    expect(row.other_names).toBe('Latin Zoë');
  });

  it('reads a Windows-1252 file declared Windows-1252 (the bytes Latin-1 leaves to control codes)', async () => {
    const csv = csvOf([head('W', { lastName: 'Œuvray', otherNames: 'Windows Zoë' })]);
    const file = Buffer.from(csv.replace('Œ', '\u0000'), 'latin1');
    file[file.indexOf(0)] = 0x8c; // Œ in Windows-1252
    const job = await run(file, { encoding: 'WINDOWS_1252' });
    expect(job).toMatchObject({ status: 'SUCCEEDED', insureesCreated: 1 });
    expect(await lastNames('Windows')).toEqual(['Œuvray']);
  });

  it('refuses Latin-1 bytes declared UTF-8 (the default) when the import is started', async () => {
    const before = await service.count('insuree_import');
    const file = Buffer.from(csvOf([head('D', { lastName: 'Müller' })]), 'latin1');
    for (const input of [{}, { encoding: 'UTF_8' }]) {
      const response = await start(file, input);
      expect(response.errors).toBeUndefined();
      expect(response.data?.startInsureeImport).toMatchObject({ insureeImport: null, errors: [expect.objectContaining({ code: 'FILE_ENCODING_INVALID', field: 'encoding' })] });
    }
    expect(await service.count('insuree_import')).toBe(before);
  });

  it('refuses a file name with a NUL byte', async () => {
    const before = await service.count('insuree_import');
    const response = await start(csvOf([head('E')]), { fileName: 'families\u0000.csv' });
    expect(response.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'input.fileName' }) })]);
    expect(await service.count('insuree_import')).toBe(before);
  });
});
