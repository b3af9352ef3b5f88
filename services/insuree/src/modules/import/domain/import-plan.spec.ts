import { resolveColumns } from './import-columns';
import { type ImportReferences, indexImportFile, planImport } from './import-plan';
import { readImportRow } from './import-row';
import { cellsOf, HEAD, HEADER, rowOptions } from './import-row.fixtures';
import { importErrors } from './import.errors';

const columns = resolveColumns(HEADER, {}).columns;
const VILLAGE = { id: 'village-1', type: 'V' };

function references(overrides: Partial<ImportReferences> = {}): ImportReferences {
  return {
    locations: new Map([
      ['V1', VILLAGE],
      ['V2', { id: 'village-2', type: 'V' }],
      ['W1', { id: 'ward-1', type: 'W' }],
    ]),
    facilities: new Map([['HF1', 'facility-1']]),
    takenNumbers: new Set(),
    villageAllowed: () => true,
    numberTaken: () => ({ code: 'INSURANCE_NUMBER_TAKEN', message: 'taken' }),
    ...overrides,
  };
}

const member = (familyKey: string, insuranceNumber: string, extra: Record<string, string> = {}) =>
  cellsOf({ ...HEAD, familyKey, isHead: 'N', insuranceNumber, otherNames: 'Member', villageCode: '', ...extra });
const read = (rows: ReturnType<typeof cellsOf>[]) => rows.map((cells, index) => readImportRow(cells, index + 1, rowOptions()));
const codes = (plan: ReturnType<typeof planImport>) => plan.errors.map((error) => `${error.row}:${error.column}:${error.code}`);

describe('planning an import', () => {
  it('groups rows into families, head first, with village and facility resolved', () => {
    const cells = [member('F1', '100000002', { healthFacilityCode: 'HF1' }), cellsOf(HEAD), cellsOf({ ...HEAD, familyKey: 'F2', insuranceNumber: '100000003', villageCode: 'V2' })];
    const rows = read(cells);
    expect(indexImportFile([...cells, cellsOf({ ...HEAD, familyKey: ' ', insuranceNumber: '100000002' })], [1, 2, 3, 4], columns)).toEqual({
      families: [
        { key: 'F1', rows: [0, 1] },
        { key: 'F2', rows: [2] },
      ],
      keylessRows: [3],
      firstRowOfNumber: new Map([
        ['100000002', 1],
        ['100000001', 2],
        ['100000003', 3],
      ]),
      numbers: ['100000002', '100000001', '100000003'],
      villageCodes: ['V1', 'V2'],
      facilityCodes: ['HF1'],
    });
    const plan = planImport(rows, columns, references(), 'ALL_OR_NOTHING');
    expect(plan.errors).toEqual([]);
    expect(plan.families.map((family) => [family.key, family.villageId, family.members.map((m) => [m.row, m.isHead, m.healthFacilityId])])).toEqual([
      ['F1', 'village-1', [[2, true, null], [1, false, 'facility-1']]],
      ['F2', 'village-2', [[3, true, null]]],
    ]);
    expect(plan.insureesCount).toBe(3);
  });

  it('refuses numbers repeated in the file (after the first) or already held, and unknown facilities', () => {
    const rows = read([cellsOf(HEAD), member('F1', '100000001'), member('F1', '100000009'), member('F1', '100000005', { healthFacilityCode: 'HF9' })]);
    const plan = planImport(rows, columns, references({ takenNumbers: new Set(['100000009']) }), 'VALID_ROWS_ONLY');
    expect(codes(plan)).toEqual([
      '2:insuranceNumber:IMPORT_INSURANCE_NUMBER_DUPLICATE_IN_FILE',
      '3:insuranceNumber:INSURANCE_NUMBER_TAKEN',
      '4:healthFacilityCode:HEALTH_FACILITY_UNKNOWN',
    ]);
    expect(plan.families[0].members.map((m) => m.row)).toEqual([1]);
    expect(plan.refusedRows).toBe(3);
  });

  it('needs exactly one head per family key', () => {
    const rows = read([member('F1', '100000001'), member('F1', '100000002'), cellsOf({ ...HEAD, familyKey: 'F2', insuranceNumber: '100000003' }), cellsOf({ ...HEAD, familyKey: 'F2', insuranceNumber: '100000004' })]);
    const plan = planImport(rows, columns, references(), 'VALID_ROWS_ONLY');
    expect(codes(plan)).toEqual(['1:isHead:FAMILY_HEAD_REQUIRED', '2:isHead:FAMILY_HEAD_REQUIRED', '4:isHead:FAMILY_HEAD_AMBIGUOUS']);
    expect(plan.families.map((family) => family.key)).toEqual(['F2']);
  });

  it('refuses a village that is unknown, not a village or out of scope (answered alike), on the head row', () => {
    const rows = read([
      cellsOf({ ...HEAD, villageCode: 'NOPE' }),
      cellsOf({ ...HEAD, familyKey: 'F2', insuranceNumber: '100000002', villageCode: 'W1' }),
      cellsOf({ ...HEAD, familyKey: 'F3', insuranceNumber: '100000003', villageCode: 'V2' }),
    ]);
    const plan = planImport(rows, columns, references({ villageAllowed: (id) => id === 'village-1' }), 'ALL_OR_NOTHING');
    expect(codes(plan)).toEqual(['1:villageCode:FAMILY_VILLAGE_NOT_VILLAGE', '2:villageCode:FAMILY_VILLAGE_NOT_VILLAGE', '3:villageCode:FAMILY_VILLAGE_NOT_VILLAGE']);
    expect(plan.errors.find((error) => error.row === 3)).toMatchObject(importErrors.villageUnknown('V2'));
  });

  it('in VALID_ROWS_ONLY skips the whole family of a refused head, reporting its members', () => {
    const rows = read([cellsOf({ ...HEAD, gender: '?' }), member('F1', '100000002'), member('F1', '100000003', { lastName: '' })]);
    const skipping = planImport(rows, columns, references(), 'VALID_ROWS_ONLY');
    expect(codes(skipping)).toEqual(['1:gender:INSUREE_GENDER_UNKNOWN', '2:familyKey:IMPORT_FAMILY_SKIPPED', '3:lastName:INSUREE_NAME_INVALID', '3:familyKey:IMPORT_FAMILY_SKIPPED']);
    expect(skipping.families).toEqual([]);
    expect(skipping.refusedRows).toBe(3);
    const strict = planImport(rows, columns, references(), 'ALL_OR_NOTHING');
    expect(codes(strict)).toEqual(['1:gender:INSUREE_GENDER_UNKNOWN', '3:lastName:INSUREE_NAME_INVALID']);
    expect(strict.refusedRows).toBe(2);
  });

  it("reads family fields from the head's row only", () => {
    const rows = read([member('F1', '100000002', { villageCode: 'V2', familyType: 'Q' }), cellsOf({ ...HEAD, familyType: 'G' })]);
    const plan = planImport(rows, columns, references(), 'ALL_OR_NOTHING');
    expect(plan.errors).toEqual([]);
    expect(plan.families[0]).toMatchObject({ villageId: 'village-1', fields: { familyType: 'G', poverty: false } });
  });
});
