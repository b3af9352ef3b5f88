import { diagnosisColumnsOf } from './diagnosis-columns';
import { checkDiagnosisRows } from './diagnosis-rows';

const columns = { code: 0, name: 1 };
const check = (...rows: (string | null)[][]) => checkDiagnosisRows(rows, rows.map((_, index) => index + 1), columns);
const codes = (errors: readonly { row: number; column: string | null; code: string }[]) => errors.map((error) => `${error.row}:${error.column}:${error.code}`);

describe('the columns of a diagnosis file', () => {
  it('are code and name, in any order and case', () => {
    expect(diagnosisColumnsOf(['code', 'name']).columns).toEqual({ code: 0, name: 1 });
    expect(diagnosisColumnsOf([' Name ', 'CODE', '']).columns).toEqual({ code: 1, name: 0 });
  });

  it('refuse the file with one error naming what the header holds', () => {
    for (const header of [['code'], ['code', 'description'], ['code', 'name', 'chapter'], ['code', 'code'], []]) {
      const { columns: found, errors } = diagnosisColumnsOf(header);
      expect(found).toBeNull();
      expect(errors.map((error) => error.code)).toEqual(['DIAGNOSIS_FILE_COLUMNS']);
    }
    expect(diagnosisColumnsOf(['ICD', 'Title']).errors[0].message).toContain('"ICD", "Title"');
    expect(diagnosisColumnsOf(['code', 'na\u0000me']).errors.map((error) => error.code)).toEqual(['INVALID_CHARACTERS']);
  });
});

describe('the rows of a diagnosis file', () => {
  it('keep valid rows trimmed, codes up to 6 and names up to 255 characters', () => {
    const checked = check(['A00', ' Choléra '], ['  B01.9', 'n'.repeat(255)], ['Z999', 'Санитарный 🌍']);
    expect(checked.errors).toEqual([]);
    expect(checked.valid).toEqual([
      { row: 1, code: 'A00', name: 'Choléra' },
      { row: 2, code: 'B01.9', name: 'n'.repeat(255) },
      { row: 3, code: 'Z999', name: 'Санитарный 🌍' },
    ]);
  });

  it('refuse empty and over-long codes and names, one error each', () => {
    const checked = check(['', 'Cholera'], ['A00', '  '], ['A0000000', 'n'.repeat(256)], [null, null]);
    expect(codes(checked.errors)).toEqual([
      '1:code:DIAGNOSIS_CODE_REQUIRED',
      '2:name:DIAGNOSIS_NAME_REQUIRED',
      '3:code:DIAGNOSIS_CODE_TOO_LONG',
      '3:name:DIAGNOSIS_NAME_TOO_LONG',
      '4:code:DIAGNOSIS_CODE_REQUIRED',
      '4:name:DIAGNOSIS_NAME_REQUIRED',
    ]);
    expect(checked.refusedRows).toBe(4);
    expect(checked.valid).toEqual([]);
  });

  it('refuse NUL, lone surrogates and control characters, without quoting the cell', () => {
    const checked = check(['A\u000000', 'Cholera'], ['A01', 'Typhoid\u0007'], ['A02', 'Other\ud800'], ['A03', 'line\nbreak'], ['A04', 'x'.repeat(1_001)]);
    expect(codes(checked.errors)).toEqual([
      '1:code:INVALID_CHARACTERS',
      '2:name:INVALID_CHARACTERS',
      '3:name:INVALID_CHARACTERS',
      '4:name:INVALID_CHARACTERS',
      '5:name:IMPORT_CELL_TOO_LONG',
    ]);
    for (const error of checked.errors) expect(error.message).not.toMatch(/[\u0000\u0007\ud800]|xxxx/);
  });

  it('refuse a code already on an earlier row, naming that row, and keep the first', () => {
    const checked = check(['A00', 'Cholera'], ['A01', 'Typhoid'], ['A00', 'Cholera again'], ['A00', '']);
    expect(checked.valid.map((row) => row.row)).toEqual([1, 2]);
    expect(codes(checked.errors)).toEqual(['3:code:DIAGNOSIS_CODE_DUPLICATE_IN_FILE', '4:name:DIAGNOSIS_NAME_REQUIRED', '4:code:DIAGNOSIS_CODE_DUPLICATE_IN_FILE']);
    expect(checked.errors[0].message).toContain('row 1');
  });

  it('name every code of the file, refused rows included', () => {
    expect([...check(['A00', ''], ['B00', 'Herpes'], ['', 'Nothing']).codesInFile]).toEqual(['A00', 'B00']);
  });
});
