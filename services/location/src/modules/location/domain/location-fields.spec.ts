import { changedLocationFields, newLocationFields, type LocationFields } from './location-fields';

const codes = (result: { ok: boolean; errors?: { code: string }[] }) => (result.ok ? [] : result.errors!.map((e) => e.code));

describe('location fields', () => {
  it('trims code and name and defaults populations to null', () => {
    const result = newLocationFields({ code: '  R01 ', name: ' North ' });
    expect(result).toEqual({
      ok: true,
      value: { code: 'R01', name: 'North', malePopulation: null, femalePopulation: null, otherPopulation: null, families: null },
    });
  });

  it('requires a code of at most 8 characters', () => {
    expect(codes(newLocationFields({ code: '   ', name: 'N' }))).toEqual(['LOCATION_CODE_REQUIRED']);
    expect(codes(newLocationFields({ name: 'N' }))).toEqual(['LOCATION_CODE_REQUIRED']);
    expect(codes(newLocationFields({ code: '123456789', name: 'N' }))).toEqual(['LOCATION_CODE_TOO_LONG']);
    expect(codes(newLocationFields({ code: ' 12345678 ', name: 'N' }))).toEqual([]);
  });

  it('requires a name of at most 50 characters', () => {
    expect(codes(newLocationFields({ code: 'A', name: '' }))).toEqual(['LOCATION_NAME_INVALID']);
    expect(codes(newLocationFields({ code: 'A', name: 'x'.repeat(51) }))).toEqual(['LOCATION_NAME_INVALID']);
    expect(codes(newLocationFields({ code: 'A', name: 'x'.repeat(50) }))).toEqual([]);
  });

  it('accepts non-negative integer populations only', () => {
    const result = newLocationFields({ code: 'A', name: 'N', malePopulation: -1, families: 2.5, otherPopulation: 0 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({ code: 'LOCATION_POPULATION_INVALID', field: 'malePopulation' }),
      expect.objectContaining({ code: 'LOCATION_POPULATION_INVALID', field: 'families' }),
    ]);
  });

  it('reports every problem at once', () => {
    expect(codes(newLocationFields({ code: '', name: '', femalePopulation: -3 }))).toEqual([
      'LOCATION_CODE_REQUIRED',
      'LOCATION_NAME_INVALID',
      'LOCATION_POPULATION_INVALID',
    ]);
  });

  describe('update', () => {
    const current: LocationFields = {
      code: 'D01',
      name: 'Centre',
      malePopulation: 10,
      femalePopulation: 12,
      otherPopulation: null,
      families: 4,
    };

    it('keeps every field the caller did not send', () => {
      const result = changedLocationFields(current, { name: 'Centre East' });
      expect(result).toEqual({ ok: true, value: { fields: { ...current, name: 'Centre East' }, changed: true } });
    });

    it('clears an optional field sent as null', () => {
      const result = changedLocationFields(current, { families: null });
      expect(result.ok && result.value.fields.families).toBeNull();
    });

    it('refuses to clear a required field', () => {
      expect(codes(changedLocationFields(current, { code: null, name: null }))).toEqual([
        'LOCATION_CODE_REQUIRED',
        'LOCATION_NAME_INVALID',
      ]);
    });

    it('notices when nothing changes', () => {
      const result = changedLocationFields(current, { code: ' D01 ', malePopulation: 10 });
      expect(result.ok && result.value.changed).toBe(false);
    });
  });
});
