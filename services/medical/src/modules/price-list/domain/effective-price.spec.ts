import { effectivePrice, type EffectivePriceFacts } from './effective-price';

const ITEM = { id: 'item-1', price: '100.00', effectiveFrom: null, effectiveTo: null };
const LIST = { id: 'list-1', date: '2025-01-01' };

function facts(overrides: Partial<EffectivePriceFacts> = {}): EffectivePriceFacts {
  return { entry: ITEM, priceList: LIST, detail: { price: '80.00' }, ...overrides };
}

describe('effectivePrice', () => {
  it('is the override of the detail row, from the price list', () => {
    expect(effectivePrice(facts(), '2025-06-01')).toEqual({ ok: true, price: '80.00', origin: 'PRICE_LIST', priceListId: 'list-1', entryId: 'item-1' });
  });

  it('is the register price when the row has no override', () => {
    expect(effectivePrice(facts({ detail: { price: null } }), '2025-06-01')).toEqual({
      ok: true,
      price: '100.00',
      origin: 'REGISTER',
      priceListId: 'list-1',
      entryId: 'item-1',
    });
  });

  it('keeps an override of zero (free) as a price', () => {
    expect(effectivePrice(facts({ detail: { price: '0.00' } }), '2025-06-01')).toMatchObject({ ok: true, price: '0.00', origin: 'PRICE_LIST' });
  });

  it('is NOT_IN_REGISTER without a current entry, or outside its effective days (bounds included)', () => {
    const window = { ...ITEM, effectiveFrom: '2025-02-01', effectiveTo: '2025-02-28' };
    expect(effectivePrice(facts({ entry: null }), '2025-06-01')).toEqual({ ok: false, refusal: 'NOT_IN_REGISTER' });
    expect(effectivePrice(facts({ entry: window }), '2025-01-31')).toEqual({ ok: false, refusal: 'NOT_IN_REGISTER' });
    expect(effectivePrice(facts({ entry: window }), '2025-03-01')).toEqual({ ok: false, refusal: 'NOT_IN_REGISTER' });
    expect(effectivePrice(facts({ entry: window }), '2025-02-01')).toMatchObject({ ok: true });
    expect(effectivePrice(facts({ entry: window }), '2025-02-28')).toMatchObject({ ok: true });
  });

  it('is NOT_IN_REGISTER before NOT_IN_PRICE_LIST when both hold', () => {
    expect(effectivePrice({ entry: null, priceList: null, detail: null }, '2025-06-01')).toEqual({ ok: false, refusal: 'NOT_IN_REGISTER' });
  });

  it('is NOT_IN_PRICE_LIST without a list, without a row, or when the list applies only after the date', () => {
    expect(effectivePrice(facts({ priceList: null, detail: null }), '2025-06-01')).toEqual({ ok: false, refusal: 'NOT_IN_PRICE_LIST' });
    expect(effectivePrice(facts({ detail: null }), '2025-06-01')).toEqual({ ok: false, refusal: 'NOT_IN_PRICE_LIST' });
    expect(effectivePrice(facts(), '2024-12-31')).toEqual({ ok: false, refusal: 'NOT_IN_PRICE_LIST' });
    expect(effectivePrice(facts(), '2025-01-01')).toMatchObject({ ok: true });
  });
});
