import { listContainsDistrict, priceListFields } from './price-list-fields';

describe('priceListFields', () => {
  it('trims the name and keeps what is not sent', () => {
    expect(priceListFields({ name: '  Tariff 2025 ', date: '2025-01-01' })).toEqual({ ok: true, value: { name: 'Tariff 2025', date: '2025-01-01' } });
    expect(priceListFields({ date: '2026-01-01' }, { name: 'Old', date: '2025-01-01' })).toEqual({ ok: true, value: { name: 'Old', date: '2026-01-01' } });
  });

  it('refuses a blank or over-long name and a missing or impossible date', () => {
    const result = priceListFields({ name: 'x'.repeat(101), date: '2025-02-30' });
    expect(result.ok ? [] : result.errors.map((error) => error.code)).toEqual(['PRICE_LIST_NAME_INVALID', 'PRICE_LIST_DATE_REQUIRED']);
    const blank = priceListFields({ name: ' ', date: null });
    expect(blank.ok ? [] : blank.errors.map((error) => error.code)).toEqual(['PRICE_LIST_NAME_INVALID', 'PRICE_LIST_DATE_REQUIRED']);
  });
});

describe('listContainsDistrict', () => {
  it('holds for a national list, the district itself and its region, not for another region or district', () => {
    expect(listContainsDistrict(null, 'd1', ['r1'])).toBe(true);
    expect(listContainsDistrict('d1', 'd1', ['r1'])).toBe(true);
    expect(listContainsDistrict('r1', 'd1', ['r1'])).toBe(true);
    expect(listContainsDistrict('r2', 'd1', ['r1'])).toBe(false);
    expect(listContainsDistrict('d2', 'd1', ['r1'])).toBe(false);
  });
});
