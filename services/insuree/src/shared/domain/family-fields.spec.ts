import { familyFields, type FamilyFields, mergeFamilyUpdate, updatedFamilyFields } from './family-fields';

const codes = (result: { ok: boolean; errors?: { code: string; field?: string }[] }) =>
  result.ok ? [] : result.errors!.map((error) => `${error.code}:${error.field ?? ''}`);

describe('family fields', () => {
  it('trims, turns blanks into null and leaves poverty unknown by default', () => {
    expect(familyFields({ villageId: ' v1 ', address: '  ', familyType: 'H', ethnicity: ' A ' })).toEqual({
      ok: true,
      value: {
        villageId: 'v1',
        poverty: null,
        familyType: 'H',
        confirmationType: null,
        address: null,
        ethnicity: 'A',
        confirmationNumber: null,
      },
    });
    expect(familyFields({ villageId: 'v1', poverty: false })).toMatchObject({ ok: true, value: { poverty: false } });
  });

  it('takes codes in any case and keeps them in the list case', () => {
    expect(familyFields({ villageId: 'v1', familyType: ' h', confirmationType: 'c' })).toMatchObject({ ok: true, value: { familyType: 'H', confirmationType: 'C' } });
  });

  it('requires the village', () => {
    expect(codes(familyFields({}))).toEqual(['FAMILY_VILLAGE_REQUIRED:villageId']);
    expect(codes(familyFields({ villageId: '  ' }))).toEqual(['FAMILY_VILLAGE_REQUIRED:villageId']);
  });

  it('refuses every wrong field at once', () => {
    const result = familyFields({
      villageId: 'v1',
      familyType: 'X',
      confirmationType: 'E',
      address: 'a'.repeat(201),
      ethnicity: 'AB',
      confirmationNumber: '1234567890123',
    });
    expect(codes(result)).toEqual([
      'FAMILY_LOOKUP_UNKNOWN:familyType',
      'FAMILY_LOOKUP_UNKNOWN:confirmationType',
      'FAMILY_FIELD_TOO_LONG:address',
      'FAMILY_FIELD_TOO_LONG:ethnicity',
      'FAMILY_FIELD_TOO_LONG:confirmationNumber',
    ]);
    expect(!result.ok && result.errors[1].message).toBe('"E" is not a code of the confirmationType list');
  });

  it('accepts the limits', () => {
    const input = { villageId: 'v1', confirmationType: 'D', confirmationNumber: '123456789012', address: 'a'.repeat(200) };
    expect(familyFields(input).ok).toBe(true);
  });
});

describe('family update', () => {
  const current: FamilyFields = {
    villageId: 'v1',
    poverty: true,
    familyType: 'H',
    confirmationType: 'A',
    address: 'Main road',
    ethnicity: null,
    confirmationNumber: 'C1',
  };

  it('keeps the fields not sent and clears those sent as null', () => {
    expect(mergeFamilyUpdate(current, { poverty: null, address: undefined, familyType: 'T' })).toEqual({
      ...current,
      poverty: null,
      familyType: 'T',
    });
  });

  it('validates the merged fields and says whether anything changed', () => {
    expect(updatedFamilyFields(current, { confirmationNumber: null })).toEqual({
      ok: true,
      value: { fields: { ...current, confirmationNumber: null }, changed: true },
    });
    expect(updatedFamilyFields(current, { address: ' Main road ' })).toEqual({ ok: true, value: { fields: current, changed: false } });
    expect(codes(updatedFamilyFields(current, { villageId: null }))).toEqual(['FAMILY_VILLAGE_REQUIRED:villageId']);
  });
});
