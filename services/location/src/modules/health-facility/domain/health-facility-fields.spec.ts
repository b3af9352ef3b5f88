import { changedHealthFacilityFields, newHealthFacilityFields, type HealthFacilityFieldsInput } from './health-facility-fields';

const valid: HealthFacilityFieldsInput = {
  code: ' HF001 ',
  name: ' Central Hospital ',
  legalForm: 'G',
  level: 'H',
  careType: 'B',
};

const codes = (result: { ok: boolean; errors?: { code: string; field?: string }[] }) =>
  result.ok ? [] : result.errors!.map((error) => `${error.code}:${error.field ?? ''}`);

describe('health facility fields', () => {
  it('trims texts and applies defaults', () => {
    const result = newHealthFacilityFields({ ...valid, address: '  ', phone: ' +255 1 ' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      code: 'HF001',
      name: 'Central Hospital',
      subLevel: null,
      address: null,
      phone: '+255 1',
      status: 'AC',
      offline: false,
      contractStartDate: null,
    });
  });

  it('requires code (at most 8), name (at most 100) and the classifications', () => {
    expect(codes(newHealthFacilityFields({}))).toEqual([
      'HEALTH_FACILITY_CODE_REQUIRED:code',
      'HEALTH_FACILITY_NAME_INVALID:name',
      'HEALTH_FACILITY_FIELD_REQUIRED:legalForm',
      'HEALTH_FACILITY_FIELD_REQUIRED:level',
      'HEALTH_FACILITY_FIELD_REQUIRED:careType',
    ]);
    expect(codes(newHealthFacilityFields({ ...valid, code: '123456789', name: 'n'.repeat(101) }))).toEqual([
      'HEALTH_FACILITY_CODE_TOO_LONG:code',
      'HEALTH_FACILITY_NAME_INVALID:name',
    ]);
  });

  it('refuses codes outside the openIMIS lists', () => {
    const input = { ...valid, legalForm: 'X', subLevel: 'Q' } as unknown as HealthFacilityFieldsInput;
    expect(codes(newHealthFacilityFields(input))).toEqual([
      'HEALTH_FACILITY_FIELD_INVALID:legalForm',
      'HEALTH_FACILITY_FIELD_INVALID:subLevel',
    ]);
  });

  it('limits the optional texts', () => {
    const input = { ...valid, address: 'a'.repeat(101), fax: 'f'.repeat(51), accountingCode: 'c'.repeat(26) };
    expect(codes(newHealthFacilityFields(input))).toEqual([
      'HEALTH_FACILITY_FIELD_TOO_LONG:address',
      'HEALTH_FACILITY_FIELD_TOO_LONG:fax',
      'HEALTH_FACILITY_FIELD_TOO_LONG:accountingCode',
    ]);
  });

  it('checks the email format', () => {
    expect(codes(newHealthFacilityFields({ ...valid, email: 'not-an-email' }))).toEqual(['HEALTH_FACILITY_EMAIL_INVALID:email']);
    expect(codes(newHealthFacilityFields({ ...valid, email: 'hf@example.org' }))).toEqual([]);
  });

  it('keeps unsent fields on update and notices a no-op', () => {
    const created = newHealthFacilityFields({ ...valid, phone: '123' });
    if (!created.ok) throw new Error('expected valid fields');
    const renamed = changedHealthFacilityFields(created.value, { name: 'Renamed' });
    expect(renamed).toEqual({ ok: true, value: { fields: { ...created.value, name: 'Renamed' }, changed: true } });
    const same = changedHealthFacilityFields(created.value, { phone: ' 123 ', level: 'H' });
    expect(same.ok && same.value.changed).toBe(false);
  });

  it('refuses to clear a required field on update', () => {
    const created = newHealthFacilityFields(valid);
    if (!created.ok) throw new Error('expected valid fields');
    expect(codes(changedHealthFacilityFields(created.value, { careType: null }))).toEqual([
      'HEALTH_FACILITY_FIELD_REQUIRED:careType',
    ]);
  });
});
