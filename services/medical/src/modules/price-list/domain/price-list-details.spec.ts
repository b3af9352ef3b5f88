import { checkDetails, type CatalogueEntryRef } from './price-list-details';

const entries = new Map<string, CatalogueEntryRef>([
  ['item-a', { kind: 'ITEMS', deleted: false }],
  ['item-b', { kind: 'ITEMS', deleted: false }],
  ['item-gone', { kind: 'ITEMS', deleted: true }],
  ['service-a', { kind: 'SERVICES', deleted: false }],
]);

describe('checkDetails', () => {
  it('accepts current entries of the kind, each once, and normalises the overrides', () => {
    expect(checkDetails('ITEMS', [{ entryId: 'item-a', price: '5' }, { entryId: 'item-b', price: null }], entries)).toEqual({
      ok: true,
      value: [{ entryId: 'item-a', price: '5.00' }, { entryId: 'item-b', price: null }],
    });
  });

  it('reports every bad row with its own code and field', () => {
    const result = checkDetails(
      'ITEMS',
      [
        { entryId: 'item-a', price: '1.00' },
        { entryId: 'item-a', price: null },
        { entryId: 'unknown', price: null },
        { entryId: 'item-gone', price: null },
        { entryId: 'service-a', price: null },
        { entryId: 'item-b', price: '-0.01' },
      ],
      entries,
    );
    expect(result.ok ? [] : result.errors.map(({ code, field }) => [code, field])).toEqual([
      ['PRICE_LIST_DETAIL_DUPLICATE', 'details[1].itemId'],
      ['PRICE_LIST_DETAIL_UNKNOWN', 'details[2].itemId'],
      ['PRICE_LIST_DETAIL_DELETED', 'details[3].itemId'],
      ['PRICE_LIST_DETAIL_WRONG_KIND', 'details[4].itemId'],
      ['PRICE_LIST_DETAIL_PRICE_INVALID', 'details[5].price'],
    ]);
  });

  it('names serviceId in a services list', () => {
    const result = checkDetails('SERVICES', [{ entryId: 'item-a', price: null }], entries);
    expect(result.ok ? [] : result.errors).toEqual([expect.objectContaining({ code: 'PRICE_LIST_DETAIL_WRONG_KIND', field: 'details[0].serviceId' })]);
  });

  it('refuses more rows than a list may have', () => {
    const many = Array.from({ length: 7_001 }, (_, index) => ({ entryId: `x${index}`, price: null }));
    expect(checkDetails('ITEMS', many, entries)).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'PRICE_LIST_TOO_MANY_DETAILS' })] });
  });
});
