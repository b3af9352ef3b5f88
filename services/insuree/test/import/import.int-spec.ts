import { randomBytes } from 'crypto';
import { Workbook } from 'exceljs';
import { Right } from '@imis/auth';
import type { ServiceTestApp, TestAuthority } from '@imis/testing';
import { ADMINISTRATOR, startInsuree } from '../support/insuree-service';
import { seedPlaces, type SeededPlaces, validInsuranceNumber } from '../support/registry-fixtures';
import {
  badCheckDigitNumber,
  csvOf,
  errorCodes,
  head,
  IMPORT,
  IMPORT_HEADER,
  IMPORT_REPORT,
  member,
  START_IMPORT,
  runImport,
  startImport,
  xlsxOf,
} from './import-fixtures';

const IMPORTER = { id: '0190e0c0-0000-7000-8000-0000000001e1', username: 'importer', rights: [Right.FamilyAdd, Right.InsureeAdd] };

/**
 * Bulk import through GraphQL, run by the service's own worker on real PostgreSQL, Redis and NATS: CSV and
 * XLSX files, column mapping, date formats, every refusal with its code, scope, and the batch events.
 */
describe('insuree service: bulk import', () => {
  let service: ServiceTestApp;
  let authority: TestAuthority;
  let places: SeededPlaces;

  beforeAll(async () => {
    ({ service, authority } = await startInsuree({ IMPORT_QUEUE_PREFIX: `imis-test-${randomBytes(4).toString('hex')}`, IMPORT_MAX_BYTES: '2000000', IMPORT_MAX_UNCOMPRESSED_BYTES: '4000000' }));
    places = await seedPlaces(service);
  });
  afterAll(() => service.close());

  it('imports families and members from CSV, in one batch event, with no history', async () => {
    const rows = [
      member('A', { healthFacilityCode: 'HF1', phone: '+255 700 000 001' }),
      head('A', { healthFacilityCode: 'HF1', poverty: 'yes' }),
      member('A', { birthDate: '29.02.2012', otherNames: 'Zawadi, "Zizi"' }),
      head('B', { villageCode: 'T121V1', familyType: 'G' }),
    ];
    const job = await runImport(service, csvOf(rows));
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      phase: null,
      totalRows: 4,
      rowsDone: 4,
      percent: 100,
      errorsCount: 0,
      familiesCreated: 2,
      insureesCreated: 4,
      failureMessage: null,
      format: 'CSV',
      mode: 'ALL_OR_NOTHING',
      dateFormat: 'DMY',
    });
    expect(job.errors.totalCount).toBe(0);

    const families = await service.query<Record<string, unknown>>(
      `select f.*, h.insurance_number as head_number from family f join insuree h on h.id = f.head_insuree_id order by h.insurance_number = $1 desc`,
      [rows[1].insuranceNumber],
    );
    expect(families).toHaveLength(2);
    expect(families[0]).toMatchObject({ village_id: places.village1.id, poverty: true, family_type: 'H', version: 1, changed_by: ADMINISTRATOR.id, deleted_at: null });
    expect(families[1]).toMatchObject({ village_id: places.village3.id, poverty: false, family_type: 'G', head_number: rows[3].insuranceNumber });
    const members = await service.query<Record<string, unknown>>(
      `select i.*, to_char(i.birth_date, 'YYYY-MM-DD') as birth from insuree i where family_id = $1 order by is_head desc, other_names`,
      [families[0].id],
    );
    expect(members.map((insuree) => [insuree.insurance_number, insuree.is_head, insuree.birth, insuree.name_search])).toEqual([
      [rows[1].insuranceNumber, true, '1980-04-17', 'head a mwakyusa'],
      [rows[0].insuranceNumber, false, '2010-02-03', 'member a mwakyusa'],
      [rows[2].insuranceNumber, false, '2012-02-29', 'zawadi, "zizi" mwakyusa'],
    ]);
    expect(members[0]).toMatchObject({ family_village_id: places.village1.id, health_facility_id: places.healthFacilityId, status: 'AC', version: 1 });
    expect(members[1]).toMatchObject({ phone: '+255 700 000 001', gender: 'F' });
    expect(await service.count('history')).toBe(0);

    const events = (await service.publishedEvents(1)).filter((event) => event.type === 'imis.insuree.import.batch-created.v1');
    expect(events).toHaveLength(1);
    expect(events[0].subjectId).toBe(job.id);
    const data = events[0].data as { importId: string; families: Record<string, unknown>[]; insurees: Record<string, unknown>[] };
    expect(data.importId).toBe(job.id);
    expect(data.families.map((family) => family.id).sort()).toEqual(families.map((family) => family.id).sort());
    expect(data.insurees).toHaveLength(4);
    expect(data.insurees.find((insuree) => insuree.insuranceNumber === rows[1].insuranceNumber)).toEqual({
      id: members[0].id,
      insuranceNumber: rows[1].insuranceNumber,
      familyId: families[0].id,
      isHead: true,
      lastName: 'Mwakyusa',
      otherNames: 'Head A',
      gender: 'M',
      birthDate: '1980-04-17',
      relationship: null,
      currentVillageId: null,
      familyVillageId: places.village1.id,
      healthFacilityId: places.healthFacilityId,
      status: 'AC',
      statusDate: null,
      photoDate: null,
      version: 1,
    });
  });

  it('splits a batch whose event would be too large for NATS, so that every event reaches JetStream', async () => {
    // 250 families of 5 with 100-character Devanagari names (3 bytes a character): about 1.2 MB in one
    // event, over NATS's 1 MB limit; the import sends them in smaller events instead.
    const longName = (seed: number) => `${'श्रेष्ठ'.repeat(15)}${seed}`.slice(0, 100);
    const rows = Array.from({ length: 250 }, (_, family) => [
      head(`L${family}`, { lastName: longName(family), otherNames: longName(family + 1) }),
      ...Array.from({ length: 4 }, () => member(`L${family}`, { lastName: longName(family), otherNames: longName(family + 2) })),
    ]).flat();
    const job = await runImport(service, csvOf(rows));
    expect(job).toMatchObject({ status: 'SUCCEEDED', familiesCreated: 250, insureesCreated: 1_250 });

    const sizes = await service.eventually(async () => {
      const rows = await service.query<{ bytes: number; sent: boolean }>(
        `select octet_length(payload::text) as bytes, sent_at is not null as sent from outbox where payload->'data'->>'importId' = $1`,
        [job.id],
      );
      return rows.every((row) => row.sent) && rows.map((row) => Number(row.bytes));
    });
    expect(sizes.length).toBeGreaterThan(1);
    expect(Math.max(...sizes)).toBeLessThan(1_000_000);
    const events = (await service.publishedEvents(sizes.length)).filter((event) => event.subjectId === job.id);
    expect(events.flatMap((event) => (event.data as { insurees: unknown[] }).insurees)).toHaveLength(1_250);
  });

  it('imports XLSX with renamed columns, real date cells and MM/DD/YYYY text dates', async () => {
    const header = IMPORT_HEADER.map((column) => ({ lastName: 'Surname', birthDate: 'Date of birth', villageCode: 'Village' })[column] ?? column);
    const rename = (row: Record<string, string | Date>): Record<string, string | Date> => ({ ...row, Surname: row.lastName, 'Date of birth': row.birthDate, Village: row.villageCode });
    const rows = [
      rename(head('X', { birthDate: new Date(Date.UTC(1975, 11, 31)), villageCode: 'T111V2' })),
      rename(member('X', { birthDate: '12/31/2015' })),
    ];
    const job = await runImport(service, await xlsxOf(rows, header), {
      format: 'XLSX',
      dateFormat: 'MDY',
      columnMapping: [
        { field: 'lastName', column: 'Surname' },
        { field: 'birthDate', column: 'Date of birth' },
        { field: 'villageCode', column: 'Village' },
      ],
    });
    expect(job).toMatchObject({ status: 'SUCCEEDED', format: 'XLSX', familiesCreated: 1, insureesCreated: 2, errorsCount: 0 });
    const imported = await service.query<{ birth: string; family_village_id: string }>(
      `select to_char(birth_date, 'YYYY-MM-DD') as birth, family_village_id from insuree where insurance_number = any($1) order by is_head desc`,
      [[rows[0].insuranceNumber, rows[1].insuranceNumber]],
    );
    expect(imported).toEqual([
      { birth: '1975-12-31', family_village_id: places.village2.id },
      { birth: '2015-12-31', family_village_id: places.village2.id },
    ]);
  });

  it('refuses an XLSX that inflates beyond IMPORT_MAX_UNCOMPRESSED_BYTES with its code, before reading it', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Insurees');
    sheet.addRow([...IMPORT_HEADER]);
    // Small once zipped, about 6 MB of sheet XML once inflated.
    for (let row = 0; row < 20_000; row += 1) sheet.addRow(IMPORT_HEADER.map(() => 'x'.repeat(40)));
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(file.length).toBeLessThan(2_000_000);
    const before = await service.counts(['family', 'insuree']);
    const job = await runImport(service, file, { format: 'XLSX' });
    expect(job).toMatchObject({ status: 'FAILED', familiesCreated: 0, insureesCreated: 0 });
    expect(errorCodes(job)).toEqual(['0:contentBase64:IMPORT_FILE_TOO_LARGE_UNCOMPRESSED']);
    expect(await service.counts(['family', 'insuree'])).toEqual(before);
  });

  it('refuses a file with wrong or repeated columns as a whole, writing nothing', async () => {
    const before = await service.counts(['family', 'insuree']);
    const wrong = await runImport(service, csvOf([head('W')], ['familyKey', 'isHead', 'insuranceNumber', 'surname', 'otherNames', 'gender', 'dob', 'villageCode']));
    expect(wrong).toMatchObject({ status: 'FAILED', totalRows: 1, familiesCreated: 0, insureesCreated: 0 });
    expect(wrong.failureMessage).toContain('IMPORT_COLUMN_MISSING');
    expect(errorCodes(wrong)).toEqual(['0:lastName:IMPORT_COLUMN_MISSING', '0:birthDate:IMPORT_COLUMN_MISSING']);
    const repeated = await runImport(service, csvOf([head('W')], [...IMPORT_HEADER, 'phone']));
    expect(errorCodes(repeated)).toEqual(['0:phone:IMPORT_COLUMN_DUPLICATE']);
    expect(await service.counts(['family', 'insuree'])).toEqual(before);
  });

  it('reports mixed date formats row by row, with a CSV report and its download', async () => {
    const rows = [head('D1'), head('D2', { birthDate: '1980-04-17' }), member('D2', { birthDate: '04/17/1980' }), head('D3', { birthDate: '31/02/1980' })];
    const job = await runImport(service, csvOf(rows));
    expect(job).toMatchObject({ status: 'FAILED', familiesCreated: 0, errorsCount: 3 });
    expect(job.failureMessage).toBe('3 of 4 rows were refused (3 errors); nothing was imported');
    expect(errorCodes(job)).toEqual(['2:birthDate:IMPORT_DATE_FORMAT', '3:birthDate:IMPORT_DATE_FORMAT', '4:birthDate:IMPORT_DATE_INVALID']);
    const { insureeImport } = await service.data(IMPORT_REPORT, { id: job.id });
    expect(insureeImport.errorReportCsv).toBe(
      'row,column,code,message\r\n' +
        '2,birthDate,IMPORT_DATE_FORMAT,"""1980-04-17"" is not a date written DD/MM/YYYY"\r\n' +
        '3,birthDate,IMPORT_DATE_FORMAT,"""04/17/1980"" is not a date written DD/MM/YYYY"\r\n' +
        '4,birthDate,IMPORT_DATE_INVALID,"""31/02/1980"" is not a real calendar date"\r\n',
    );
    const download = await fetch(`${service.url}/insuree-imports/${job.id}/errors.csv`, { headers: service.headers });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="import-${job.id}-errors.csv"`);
    expect(await download.text()).toBe(insureeImport.errorReportCsv);
    expect((await fetch(`${service.url}/insuree-imports/${job.id}/errors.csv`)).status).toBe(401);
  });

  it('names every bad row with its code: numbers, heads, dates, lookups, villages, facilities', async () => {
    const held = validInsuranceNumber();
    await runImport(service, csvOf([head('H', { insuranceNumber: held })]));
    const duplicated = validInsuranceNumber();
    const rows = [
      head('N1', { insuranceNumber: duplicated }),
      member('N1', { insuranceNumber: duplicated }),
      member('N1', { insuranceNumber: badCheckDigitNumber() }),
      member('N1', { insuranceNumber: held }),
      member('HEADLESS'),
      member('HEADLESS'),
      member('N1', { birthDate: '01/01/2099' }),
      member('N1', { gender: 'Q' }),
      head('N2', { villageCode: 'T11W1' }),
      head('N3', { villageCode: 'NOWHERE' }),
      member('N1', { healthFacilityCode: 'HF404' }),
      head('N1'),
      head('N4', { familyType: 'Z' }),
    ];
    const before = await service.counts(['family', 'insuree', 'outbox']);
    const job = await runImport(service, csvOf(rows));
    expect(job.status).toBe('FAILED');
    expect(errorCodes(job)).toEqual([
      '2:insuranceNumber:IMPORT_INSURANCE_NUMBER_DUPLICATE_IN_FILE',
      '3:insuranceNumber:INSURANCE_NUMBER_CHECK_DIGIT',
      '4:insuranceNumber:INSURANCE_NUMBER_TAKEN',
      '5:isHead:FAMILY_HEAD_REQUIRED',
      '6:isHead:FAMILY_HEAD_REQUIRED',
      '7:birthDate:INSUREE_BIRTH_DATE_IN_FUTURE',
      '8:gender:INSUREE_GENDER_UNKNOWN',
      '9:villageCode:FAMILY_VILLAGE_NOT_VILLAGE',
      '10:villageCode:FAMILY_VILLAGE_NOT_VILLAGE',
      '11:healthFacilityCode:HEALTH_FACILITY_UNKNOWN',
      '12:isHead:FAMILY_HEAD_AMBIGUOUS',
      '13:familyType:FAMILY_LOOKUP_UNKNOWN',
    ]);
    expect(await service.counts(['family', 'insuree', 'outbox'])).toEqual(before);
  });

  it("refuses a district user's rows in another district's village as unknown villages, and shows imports to their requester only", async () => {
    const districtUser = await authority.headers({ ...IMPORTER, districtIds: [places.district1.id] });
    const job = await runImport(service, csvOf([head('S1', { villageCode: 'T111V1' }), head('S2', { villageCode: 'T121V1' })]), {
      headers: districtUser,
      mode: 'VALID_ROWS_ONLY',
    });
    expect(job).toMatchObject({ status: 'SUCCEEDED', familiesCreated: 1, insureesCreated: 1 });
    expect(errorCodes(job)).toEqual(['2:villageCode:FAMILY_VILLAGE_NOT_VILLAGE']);
    expect(job.errors.edges[0].node.message).toBe('"T121V1" is not the code of a current village');
    const families = await service.query<{ changed_by: string }>('select changed_by from family where village_id = $1 and changed_by = $2', [places.village1.id, IMPORTER.id]);
    expect(families).toHaveLength(1);

    const other = await authority.headers({ id: '0190e0c0-0000-7000-8000-0000000001e2', rights: [Right.FamilyAdd, Right.InsureeAdd], districtIds: [places.district1.id] });
    expect((await service.data(IMPORT, { id: job.id }, other)).insureeImport).toBeNull();
    expect((await service.data(IMPORT, { id: job.id })).insureeImport.id).toBe(job.id);
  });

  it('refuses the request itself: rights, size, content, mapping', async () => {
    const onlyFamilies = await authority.headers({ rights: [Right.FamilyAdd] });
    const forbidden = await startImport(service, csvOf([head('R')]), { headers: onlyFamilies });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const refusal = async (file: string | Buffer, options = {}, contentBase64?: string) => {
      const response =
        contentBase64 === undefined
          ? await startImport(service, file, options)
          : await service.graphql(START_IMPORT, { input: { fileName: 'x.csv', format: 'CSV', contentBase64, dateFormat: 'DMY', mode: 'ALL_OR_NOTHING' } });
      const { insureeImport, errors } = response.data?.startInsureeImport ?? {};
      return { insureeImport, errors: errors?.map(({ code, field }: { code: string; field: string }) => ({ code, field })) };
    };
    const imports = await service.count('insuree_import');
    expect(await refusal(Buffer.alloc(2_000_001, 65))).toEqual({ insureeImport: null, errors: [{ code: 'IMPORT_FILE_TOO_LARGE', field: 'contentBase64' }] });
    expect(await refusal('', {}, '')).toEqual({ insureeImport: null, errors: [{ code: 'IMPORT_FILE_EMPTY', field: 'contentBase64' }] });
    expect(await refusal('', {}, 'not base64!')).toEqual({ insureeImport: null, errors: [{ code: 'IMPORT_FILE_EMPTY', field: 'contentBase64' }] });
    expect(await refusal(csvOf([head('R')]), { columnMapping: [{ field: 'surname', column: 'Surname' }] })).toEqual({
      insureeImport: null,
      errors: [{ code: 'IMPORT_MAPPING_UNKNOWN_FIELD', field: 'columnMapping' }],
    });
    expect(await service.count('insuree_import')).toBe(imports);
  });

  it('adds the job queue (Redis) to /health/ready', async () => {
    const response = await fetch(`${service.url}/health/ready`);
    expect(response.status).toBe(200);
    expect((await response.json()).details).toMatchObject({ redis: { status: 'up' }, database: { status: 'up' } });
  });
});
