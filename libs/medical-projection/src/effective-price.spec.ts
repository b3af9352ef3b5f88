import { decideEffectivePrice, type CatalogueLineCandidate, type EffectivePriceCandidates } from './effective-price';

const line = (overrides: Partial<CatalogueLineCandidate> = {}): CatalogueLineCandidate => ({
  id: 'item-1', price: '100.00', deleted: false, effectiveFrom: null, effectiveTo: null, ...overrides,
});
const list = { id: 'list-1', date: '2026-01-01', deleted: false };
const candidates = (overrides: Partial<EffectivePriceCandidates> = {}): EffectivePriceCandidates => ({
  date: '2026-03-15', lines: [line()], priceList: list, details: [{ lineId: 'item-1', price: null }], ...overrides,
});

describe('the effective price rule', () => {
  it('prices at the register price when the list holds the line without an override', () => {
    expect(decideEffectivePrice(candidates())).toEqual({ status: 'PRICED', price: '100.00', origin: 'REGISTER', priceListId: 'list-1', lineId: 'item-1' });
  });

  it("prices at the list's override when there is one, a zero override included", () => {
    expect(decideEffectivePrice(candidates({ details: [{ lineId: 'item-1', price: '80.50' }] }))).toMatchObject({ price: '80.50', origin: 'PRICE_LIST' });
    expect(decideEffectivePrice(candidates({ details: [{ lineId: 'item-1', price: '0.00' }] }))).toMatchObject({ price: '0.00', origin: 'PRICE_LIST' });
  });

  describe('NOT_IN_REGISTER (rejection reason 1)', () => {
    it.each([
      ['no line has the code', []],
      ['the only line is deleted', [line({ deleted: true })]],
      ['the line starts the day after', [line({ effectiveFrom: '2026-03-16' })]],
      ['the line ended the day before', [line({ effectiveTo: '2026-03-14' })]],
    ])('when %s', (_case, lines) => {
      expect(decideEffectivePrice(candidates({ lines }))).toEqual({ status: 'NOT_IN_REGISTER' });
    });

    it('holds before looking at the price list: no list at all still says NOT_IN_REGISTER', () => {
      expect(decideEffectivePrice(candidates({ lines: [], priceList: null, details: [] }))).toEqual({ status: 'NOT_IN_REGISTER' });
    });
  });

  it('counts the first and the last valid day as claimable (bounds are inclusive)', () => {
    expect(decideEffectivePrice(candidates({ lines: [line({ effectiveFrom: '2026-03-15', effectiveTo: '2026-03-15' })] }))).toMatchObject({ status: 'PRICED' });
  });

  it('takes the claimable line when a deleted or expired one shares the code', () => {
    const lines = [line({ id: 'old', deleted: true }), line({ id: 'expired', effectiveTo: '2025-12-31' }), line({ id: 'item-1', price: '12.00' })];
    expect(decideEffectivePrice(candidates({ lines, details: [{ lineId: 'old', price: '1.00' }, { lineId: 'item-1', price: null }] }))).toMatchObject({
      status: 'PRICED', price: '12.00', lineId: 'item-1',
    });
  });

  describe('NOT_IN_PRICE_LIST (rejection reason 2), with the line found', () => {
    it.each([
      ['the facility has no list of that kind', { priceList: null }],
      ['its list is deleted', { priceList: { ...list, deleted: true } }],
      ['its list applies only from the day after', { priceList: { ...list, date: '2026-03-16' } }],
      ['its list has no detail row for the line', { details: [] }],
      ['its list holds another line only', { details: [{ lineId: 'item-2', price: '5.00' }] }],
    ])('when %s', (_case, overrides: Partial<EffectivePriceCandidates>) => {
      expect(decideEffectivePrice(candidates(overrides))).toEqual({ status: 'NOT_IN_PRICE_LIST', lineId: 'item-1' });
    });
  });

  it('applies a list from its own date (inclusive)', () => {
    expect(decideEffectivePrice(candidates({ priceList: { ...list, date: '2026-03-15' } }))).toMatchObject({ status: 'PRICED' });
  });
});
