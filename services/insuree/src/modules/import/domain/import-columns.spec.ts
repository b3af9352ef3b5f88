import { columnMappingOf, resolveColumns } from './import-columns';

describe('import columns', () => {
  const header = ['familyKey', 'isHead', 'insuranceNumber', 'lastName', 'otherNames', 'gender', 'birthDate', 'villageCode', 'phone'];

  it('finds every field by its own name, optional columns may be absent', () => {
    const { columns, errors } = resolveColumns(header, {});
    expect(errors).toEqual([]);
    expect(columns.index).toMatchObject({ familyKey: 0, villageCode: 7, phone: 8 });
    expect(columns.index.email).toBeUndefined();
    expect(columns.header.email).toBe('email');
  });

  it('reads mapped fields from the mapped column', () => {
    const renamed = header.map((name) => (name === 'lastName' ? 'Surname' : name === 'birthDate' ? 'DOB' : name));
    const { mapping } = columnMappingOf([
      { field: 'lastName', column: 'Surname' },
      { field: 'birthDate', column: ' DOB ' },
    ]);
    const { columns, errors } = resolveColumns(renamed, mapping);
    expect(errors).toEqual([]);
    expect(columns.index.lastName).toBe(3);
    expect(columns.header.birthDate).toBe('DOB');
  });

  it('refuses every missing required column and repeated headers', () => {
    const { errors } = resolveColumns(['familyKey', 'lastName', 'lastName', 'Gender', 'lastName'], {});
    expect(errors.map((error) => `${error.code}:${error.field}`)).toEqual([
      'IMPORT_COLUMN_DUPLICATE:lastName',
      'IMPORT_COLUMN_MISSING:isHead',
      'IMPORT_COLUMN_MISSING:insuranceNumber',
      'IMPORT_COLUMN_MISSING:otherNames',
      'IMPORT_COLUMN_MISSING:gender',
      'IMPORT_COLUMN_MISSING:birthDate',
      'IMPORT_COLUMN_MISSING:villageCode',
    ]);
  });

  it('refuses a mapping to an unknown field or mapping a field twice', () => {
    const { errors } = columnMappingOf([
      { field: 'surname', column: 'Surname' },
      { field: 'phone', column: 'Tel' },
      { field: 'phone', column: 'Mobile' },
    ]);
    expect(errors.map((error) => error.code)).toEqual(['IMPORT_MAPPING_UNKNOWN_FIELD', 'IMPORT_MAPPING_DUPLICATE']);
  });
});
