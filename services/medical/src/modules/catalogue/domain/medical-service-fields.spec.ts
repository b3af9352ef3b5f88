import { changedMedicalServiceFields, type MedicalServiceFields, newMedicalServiceFields } from './medical-service-fields';
import { findPackageCycle } from './package-lines';

const ITEM = '0190e0c0-0000-7000-8000-0000000000a1';
const SERVICE = '0190e0c0-0000-7000-8000-0000000000b1';
const CONSULTATION = { code: 'CONS', name: 'Consultation', type: 'C', level: 'V', price: '20', careType: 'O', category: 'C' };
const DELIVERY = { ...CONSULTATION, code: 'DELIV', level: 'D', category: 'D', packageType: 'F' };

const codesOf = (result: { ok: boolean; errors?: { code: string; field?: string }[] }) => (result.errors ?? []).map((error) => `${error.code}@${error.field}`);

describe('medical service fields', () => {
  it('makes a single service with no lines and no manual price by default', () => {
    expect(newMedicalServiceFields(CONSULTATION)).toMatchObject({
      ok: true,
      value: { code: 'CONS', price: '20.00', category: 'C', manualPrice: false, packageType: 'S', packageLines: [] },
    });
  });

  it('refuses unknown type, level, category and package type', () => {
    expect(codesOf(newMedicalServiceFields({ ...CONSULTATION, type: 'X', level: 'X', category: 'X', packageType: 'X' }))).toEqual([
      'MEDICAL_TYPE_INVALID@type', 'SERVICE_LEVEL_INVALID@level', 'SERVICE_CATEGORY_INVALID@category', 'PACKAGE_TYPE_INVALID@packageType',
    ]);
  });

  it('keeps the lines of a package, quantities as numbers and prices canonical', () => {
    const result = newMedicalServiceFields({
      ...DELIVERY,
      packageLines: [{ itemId: ITEM, quantity: 2.5, price: '3' }, { serviceId: SERVICE, quantity: 1 }],
    });
    expect(result).toMatchObject({
      ok: true,
      value: { packageLines: [{ itemId: ITEM, serviceId: null, quantity: 2.5, price: '3.00' }, { itemId: null, serviceId: SERVICE, quantity: 1, price: null }] },
    });
  });

  it('refuses lines on a single service and a package without lines', () => {
    expect(codesOf(newMedicalServiceFields({ ...CONSULTATION, packageLines: [{ itemId: ITEM, quantity: 1 }] }))).toEqual(['PACKAGE_LINES_NOT_ALLOWED@packageLines']);
    expect(codesOf(newMedicalServiceFields({ ...DELIVERY, packageLines: [] }))).toEqual(['PACKAGE_LINES_REQUIRED@packageLines']);
  });

  it('refuses a line with both or neither reference, a quantity ≤ 0, a negative price and a repeated line', () => {
    const result = newMedicalServiceFields({
      ...DELIVERY,
      packageLines: [
        { itemId: ITEM, serviceId: SERVICE, quantity: 1 },
        { quantity: 1 },
        { itemId: ITEM, quantity: 0 },
        { serviceId: SERVICE, quantity: 1, price: '-5' },
        { serviceId: SERVICE, quantity: -1 },
      ],
    });
    expect(codesOf(result)).toEqual([
      'PACKAGE_LINE_INVALID@packageLines.0', 'PACKAGE_LINE_INVALID@packageLines.1', 'PACKAGE_LINE_DUPLICATE@packageLines.2',
      'PACKAGE_LINE_QUANTITY_INVALID@packageLines.2.quantity', 'PRICE_INVALID@packageLines.3.price',
      'PACKAGE_LINE_DUPLICATE@packageLines.4', 'PACKAGE_LINE_QUANTITY_INVALID@packageLines.4.quantity',
    ]);
  });

  it('on update replaces the lines as a whole and requires dropping them when the service stops being a package', () => {
    const current = (newMedicalServiceFields({ ...DELIVERY, packageLines: [{ itemId: ITEM, quantity: 1 }] }) as { value: MedicalServiceFields }).value;
    expect(codesOf(changedMedicalServiceFields(current, { packageType: 'S' }))).toEqual(['PACKAGE_LINES_NOT_ALLOWED@packageLines']);
    expect(changedMedicalServiceFields(current, { packageType: 'S', packageLines: [] })).toMatchObject({ ok: true, value: { changed: true } });
    expect(changedMedicalServiceFields(current, { packageLines: [{ itemId: ITEM, quantity: 1 }] })).toMatchObject({ ok: true, value: { changed: false } });
  });
});

describe('package cycles', () => {
  const line = (serviceId: string) => ({ itemId: null, serviceId, quantity: 1, price: null });

  it('finds a package containing itself directly', () => {
    expect(findPackageCycle('A', [line('A')], new Map())).toEqual({ index: 0, path: ['A', 'A'] });
  });

  it('finds a package containing itself through other packages, naming the path', () => {
    const stored = new Map([['B', ['C']], ['C', ['A', 'D']]]);
    expect(findPackageCycle('A', [line('X'), line('B')], stored)).toEqual({ index: 1, path: ['A', 'B', 'C', 'A'] });
  });

  it('accepts shared sub-packages and stops on cycles that do not involve the package', () => {
    const stored = new Map([['B', ['D']], ['C', ['D']], ['D', ['E']], ['E', ['D']]]);
    expect(findPackageCycle('A', [line('B'), line('C')], stored)).toBeNull();
  });
});
