import { fundingFamilyId, fundingPolicyTerms } from './funding-policy';

const product = { id: '0190e0c0-0000-7000-8000-000000000001', lumpSum: '0', premiumAdult: '3000', insurancePeriod: 12 };

describe('funding policy terms', () => {
  it('is worth the lump sum when the product has one, else the adult premium', () => {
    expect(fundingPolicyTerms({ ...product, lumpSum: '10000' }, '2025-03-15').value).toBe('10000.00');
    expect(fundingPolicyTerms(product, '2025-03-15').value).toBe('3000.00');
  });

  it('starts, is effective and enrolled on the pay date and expires an insurance period less a day later (clamped months)', () => {
    expect(fundingPolicyTerms(product, '2025-03-15')).toEqual({
      value: '3000.00',
      enrolDate: '2025-03-15',
      startDate: '2025-03-15',
      effectiveDate: '2025-03-15',
      expiryDate: '2026-03-14',
    });
    expect(fundingPolicyTerms({ ...product, insurancePeriod: 1 }, '2025-01-31').expiryDate).toBe('2025-02-27');
  });
});

describe('funding pseudo-family', () => {
  const location = '0190e0c0-0000-7000-8000-0000000000aa';

  it('is one UUID (version 5 layout) per product and location, the same every time', () => {
    const id = fundingFamilyId(product.id, location);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(fundingFamilyId(product.id, location)).toBe(id);
    expect(fundingFamilyId(product.id.toUpperCase(), location.toUpperCase())).toBe(id);
  });

  it('differs between products, locations and the national funding', () => {
    const ids = new Set([
      fundingFamilyId(product.id, location),
      fundingFamilyId(product.id, null),
      fundingFamilyId('0190e0c0-0000-7000-8000-000000000002', location),
      fundingFamilyId(product.id, '0190e0c0-0000-7000-8000-0000000000bb'),
    ]);
    expect(ids.size).toBe(4);
  });
});
