import { resolveColumns } from './import-columns';
import { indexImportFile, planImport } from './import-plan';
import { readImportRow } from './import-row';
import { cellsOf, HEAD, HEADER, rowOptions } from './import-row.fixtures';

const columns = resolveColumns(HEADER, {}).columns;
const codes = (errors: readonly { row: number; column: string | null; code: string }[]) => errors.map((error) => `${error.row}:${error.column}:${error.code}`);

describe('cells an import cannot store', () => {
  it('refuse their row alone with INVALID_CHARACTERS or IMPORT_CELL_TOO_LONG, one error per cell, before any other check', () => {
    const row = readImportRow(cellsOf({ ...HEAD, lastName: 'Mwa\u0000kyusa', phone: '+255\ud800', familyType: 'x'.repeat(1_001), birthDate: 'not a date' }), 4, rowOptions());
    expect(row).toMatchObject({ familyKey: null, insuree: null, family: null });
    expect(codes(row.errors)).toEqual(['4:lastName:INVALID_CHARACTERS', '4:phone:INVALID_CHARACTERS', '4:familyType:IMPORT_CELL_TOO_LONG']);
    // Messages never quote the cell: they are stored in the report.
    for (const error of row.errors) expect(error.message).not.toMatch(/\u0000|\ud800|xxxx/);
  });

  it('accept any real text, up to 1,000 characters in a cell', () => {
    const row = readImportRow(cellsOf({ ...HEAD, lastName: 'श्रेष्ठ 🌍', currentAddress: 'a'.repeat(1_000) }), 1, rowOptions());
    expect(codes(row.errors)).toEqual(['1:currentAddress:INSUREE_FIELD_TOO_LONG']);
    expect(readImportRow(cellsOf({ ...HEAD, lastName: 'श्रेष्ठ 🌍' }), 1, rowOptions()).errors).toEqual([]);
  });

  it('keep their row out of the families, numbers and codes the import looks up', () => {
    const cells = [cellsOf(HEAD), cellsOf({ ...HEAD, familyKey: 'F\u0000', insuranceNumber: '100000009', villageCode: 'V\u0000' }), cellsOf({ ...HEAD, familyKey: 'F3', villageCode: 'V\ud800' })];
    const index = indexImportFile(cells, [1, 2, 3], columns);
    expect(index).toMatchObject({ families: [{ key: 'F1', rows: [0] }], keylessRows: [1, 2], numbers: ['100000001'], villageCodes: ['V1'] });
    const plan = planImport(
      cells.map((row, position) => readImportRow(row, position + 1, rowOptions())),
      columns,
      {
        locations: new Map([['V1', { id: 'village-1', type: 'V' }]]),
        facilities: new Map(),
        takenNumbers: new Set(),
        villageAllowed: () => true,
        numberTaken: () => ({ code: 'INSURANCE_NUMBER_TAKEN', message: 'taken' }),
      },
      'VALID_ROWS_ONLY',
    );
    expect(codes(plan.errors)).toEqual(['2:familyKey:INVALID_CHARACTERS', '2:villageCode:INVALID_CHARACTERS', '3:villageCode:INVALID_CHARACTERS']);
    expect(plan.families).toHaveLength(1);
  });

  it('in the header refuse the whole file, naming the column by its position', () => {
    const nul = resolveColumns([...HEADER.slice(0, 3), 'last\u0000Name', ...HEADER.slice(4)], {});
    expect(nul.errors).toEqual([expect.objectContaining({ code: 'INVALID_CHARACTERS', message: expect.stringContaining('column 4') })]);
    const long = resolveColumns([...HEADER, 'h'.repeat(1_001), 'h'.repeat(1_001)], {});
    expect(long.errors.map((error) => error.code)).toEqual(['IMPORT_CELL_TOO_LONG', 'IMPORT_CELL_TOO_LONG']);
  });
});
