import { readImportRow } from './import-row';
import { resolveColumns } from './import-columns';
import type { ImportCell } from './import-row';
import { cellsOf, HEAD, HEADER, rowOptions } from './import-row.fixtures';

describe('reading an import row', () => {
  it('reads a head row: insuree fields normalised, family fields with the village code', () => {
    const row = readImportRow(cellsOf({ ...HEAD, phone: ' +255 700 ', healthFacilityCode: 'HF1' }), 1, rowOptions());
    expect(row.errors).toEqual([]);
    expect(row).toMatchObject({ row: 1, familyKey: 'F1', isHead: true, insuranceNumber: '100000001' });
    expect(row.insuree).toMatchObject({ lastName: 'Mwakyusa', birthDate: '1980-04-17', phone: '+255 700', email: null, healthFacilityId: 'HF1' });
    expect(row.family).toMatchObject({ villageId: 'V1', poverty: false, familyType: 'H', address: null });
  });

  it('accepts yes/no in every usual spelling; members carry no family fields', () => {
    for (const value of ['y', 'YES', 'true', '1']) expect(readImportRow(cellsOf({ ...HEAD, isHead: value }), 1, rowOptions()).isHead).toBe(true);
    const member = readImportRow(cellsOf({ ...HEAD, isHead: 'N', villageCode: '', familyType: 'bogus' }), 2, rowOptions());
    expect(member.errors).toEqual([]);
    expect(member.family).toBeNull();
    expect(readImportRow(cellsOf({ ...HEAD, isHead: 'maybe' }), 3, rowOptions()).errors.map((error) => error.code)).toEqual(['IMPORT_VALUE_NOT_YES_NO']);
  });

  it("reports the registry's codes with the file's column names", () => {
    const columns = resolveColumns(
      HEADER.map((field) => (field === 'gender' ? 'Sex' : field === 'villageCode' ? 'Village' : field)),
      { gender: 'Sex', villageCode: 'Village' },
    ).columns;
    const row = readImportRow(
      [...cellsOf({ ...HEAD, gender: 'X', maritalStatus: 'Q', email: 'nope', villageCode: '', familyType: 'Z', lastName: ' ' })],
      4,
      rowOptions({ columns }),
    );
    expect(row.insuree).toBeNull();
    expect(row.errors.map((error) => `${error.column}:${error.code}`)).toEqual([
      'lastName:INSUREE_NAME_INVALID',
      'Sex:INSUREE_GENDER_UNKNOWN',
      'maritalStatus:INSUREE_LOOKUP_UNKNOWN',
      'email:INSUREE_EMAIL_INVALID',
      'Village:FAMILY_VILLAGE_REQUIRED',
      'familyType:FAMILY_LOOKUP_UNKNOWN',
    ]);
    expect(row.errors.every((error) => error.row === 4)).toBe(true);
  });

  it('refuses dates in another format once (not also as missing), impossible and future dates', () => {
    const codes = (birthDate: ImportCell) => readImportRow(cellsOf({ ...HEAD, birthDate }), 1, rowOptions()).errors.map((error) => error.code);
    expect(codes('1980-04-17')).toEqual(['IMPORT_DATE_FORMAT']);
    expect(codes('31/02/1980')).toEqual(['IMPORT_DATE_INVALID']);
    expect(codes('01/01/2030')).toEqual(['INSUREE_BIRTH_DATE_IN_FUTURE']);
    expect(codes('')).toEqual(['INSUREE_BIRTH_DATE_REQUIRED']);
    expect(codes(new Date(Date.UTC(1980, 3, 17)))).toEqual([]);
  });

  it('checks the number format and requires the family key', () => {
    const row = readImportRow(cellsOf({ ...HEAD, insuranceNumber: '12AB', familyKey: ' ' }), 1, rowOptions());
    expect(row.errors.map((error) => `${error.column}:${error.code}`)).toEqual(['familyKey:IMPORT_FAMILY_KEY_REQUIRED', 'insuranceNumber:INSURANCE_NUMBER_LENGTH']);
  });
});
