import { changedMedicalItemFields, type MedicalItemFields, newMedicalItemFields } from './medical-item-fields';

const PARACETAMOL = { code: ' PARA1 ', name: 'Paracetamol 500mg', type: 'D', price: '12.5', careType: 'B', package: 'box of 10', quantity: 10 };

const codesOf = (result: ReturnType<typeof newMedicalItemFields>) => (result.ok ? [] : result.errors.map((error) => `${error.code}@${error.field}`));

describe('medical item fields', () => {
  it('keeps a new item trimmed, amounts canonical, frequency and patient category 0 by default', () => {
    expect(newMedicalItemFields(PARACETAMOL)).toEqual({
      ok: true,
      value: {
        code: 'PARA1', name: 'Paracetamol 500mg', type: 'D', price: '12.50', careType: 'B', frequency: 0, patientCategory: 0,
        maximumQuantity: null, effectiveFrom: null, effectiveTo: null, package: 'box of 10', quantity: '10.00',
      },
    });
  });

  it('refuses every bad field at once, each with its code and field', () => {
    const result = newMedicalItemFields({
      code: 'TOOLONG', name: 'x'.repeat(101), type: 'X', price: '-1', careType: 'Z', frequency: 40000, patientCategory: 16,
      maximumQuantity: -2, effectiveFrom: '2025-02-30', package: 'p'.repeat(256), quantity: 1.234,
    });
    expect(codesOf(result)).toEqual([
      'MEDICAL_CODE_INVALID@code', 'MEDICAL_NAME_INVALID@name', 'PRICE_INVALID@price', 'CARE_TYPE_INVALID@careType',
      'FREQUENCY_INVALID@frequency', 'PATIENT_CATEGORY_INVALID@patientCategory', 'QUANTITY_INVALID@maximumQuantity',
      'EFFECTIVE_DATES_INVALID@effectiveFrom', 'MEDICAL_TYPE_INVALID@type', 'ITEM_PACKAGE_INVALID@package', 'QUANTITY_INVALID@quantity',
    ]);
  });

  it('refuses missing required fields, blank or control characters in the code, a price with 3 decimals', () => {
    expect(codesOf(newMedicalItemFields({}))).toEqual([
      'MEDICAL_CODE_INVALID@code', 'MEDICAL_NAME_INVALID@name', 'MEDICAL_FIELD_REQUIRED@price', 'MEDICAL_FIELD_REQUIRED@careType', 'MEDICAL_FIELD_REQUIRED@type',
    ]);
    for (const code of ['   ', 'A\u0000B', 'A\tB', 'A\nB']) expect(codesOf(newMedicalItemFields({ ...PARACETAMOL, code }))).toEqual(['MEDICAL_CODE_INVALID@code']);
    expect(codesOf(newMedicalItemFields({ ...PARACETAMOL, price: '1.234' }))).toEqual(['PRICE_INVALID@price']);
  });

  it('accepts the limits: 6-character code, 100-character name, frequency 32767, mask 15, equal effective dates', () => {
    const result = newMedicalItemFields({
      ...PARACETAMOL, code: 'ABCDEF', name: 'n'.repeat(100), frequency: 32767, patientCategory: 15, price: '0',
      effectiveFrom: '2025-01-01', effectiveTo: '2025-01-01', maximumQuantity: 0,
    });
    expect(result).toMatchObject({ ok: true, value: { code: 'ABCDEF', price: '0.00', maximumQuantity: '0.00' } });
  });

  it('refuses an effective period that ends before it starts', () => {
    expect(codesOf(newMedicalItemFields({ ...PARACETAMOL, effectiveFrom: '2025-06-01', effectiveTo: '2025-05-31' }))).toEqual([
      'EFFECTIVE_DATES_INVALID@effectiveTo',
    ]);
  });

  describe('on update', () => {
    const current = (newMedicalItemFields(PARACETAMOL) as { value: MedicalItemFields }).value;

    it('changes only the fields sent, null clearing an optional one', () => {
      expect(changedMedicalItemFields(current, { price: '13', package: null })).toEqual({
        ok: true,
        value: { fields: { ...current, price: '13.00', package: null }, changed: true },
      });
    });

    it('reports no change when the values sent are the current ones', () => {
      expect(changedMedicalItemFields(current, { price: '12.50', quantity: 10, code: 'PARA1' })).toMatchObject({ ok: true, value: { changed: false } });
    });

    it('refuses clearing a required field', () => {
      expect(changedMedicalItemFields(current, { careType: null })).toMatchObject({ ok: false, errors: [{ code: 'MEDICAL_FIELD_REQUIRED', field: 'careType' }] });
    });
  });
});
