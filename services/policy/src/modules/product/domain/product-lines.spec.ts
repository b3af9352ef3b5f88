import type { ProductLineFields } from './product-codes';
import { checkProductLines, type CatalogueRef } from './product-lines';

const catalogue = new Map<string, CatalogueRef>([
  ['item-a', { kind: 'item', deleted: false }],
  ['item-b', { kind: 'item', deleted: false }],
  ['item-gone', { kind: 'item', deleted: true }],
  ['service-a', { kind: 'service', deleted: false }],
  ['service-gone', { kind: 'service', deleted: true }],
]);

const limit = { limitationType: 'C' as const, adult: 100, child: 80 };

function line(ids: { itemId?: string; serviceId?: string }, change: Partial<ProductLineFields> = {}): ProductLineFields {
  return {
    itemId: ids.itemId ?? null,
    serviceId: ids.serviceId ?? null,
    priceOrigin: 'P',
    limits: { normal: limit, emergency: limit, referral: limit },
    waitingPeriodAdult: 0,
    waitingPeriodChild: 3,
    limitCountAdult: 0,
    limitCountChild: 2,
    ceilingExclusionAdult: null,
    ceilingExclusionChild: 'H',
    ...change,
  };
}

function codes(itemLines: ProductLineFields[], serviceLines: ProductLineFields[] = []): [string, string | undefined][] {
  const result = checkProductLines({ itemLines, serviceLines }, catalogue);
  return result.ok ? [] : result.errors.map((error) => [error.code, error.field]);
}

describe('checkProductLines', () => {
  it('accepts current items and services, each once', () => {
    expect(codes([line({ itemId: 'item-a' }), line({ itemId: 'item-b' })], [line({ serviceId: 'service-a' })])).toEqual([]);
  });

  it('refuses unknown, deleted, wrong-kind, duplicate and ambiguous targets', () => {
    expect(
      codes(
        [line({ itemId: 'item-a' }), line({ itemId: 'item-a' }), line({ itemId: 'nothing' }), line({ itemId: 'item-gone' }), line({ itemId: 'service-a' }), line({}), line({ itemId: 'item-b', serviceId: 'service-a' })],
        [line({ serviceId: 'service-gone' }), line({ serviceId: 'item-a' })],
      ),
    ).toEqual([
      ['PRODUCT_LINE_DUPLICATE', 'itemLines.1.itemId'],
      ['PRODUCT_LINE_ITEM_UNKNOWN', 'itemLines.2.itemId'],
      ['PRODUCT_LINE_ITEM_DELETED', 'itemLines.3.itemId'],
      ['PRODUCT_LINE_ITEM_UNKNOWN', 'itemLines.4.itemId'],
      ['PRODUCT_LINE_TARGET_INVALID', 'itemLines.5.itemId'],
      ['PRODUCT_LINE_TARGET_INVALID', 'itemLines.6.serviceId'],
      ['PRODUCT_LINE_SERVICE_DELETED', 'serviceLines.0.serviceId'],
      ['PRODUCT_LINE_SERVICE_UNKNOWN', 'serviceLines.1.serviceId'],
    ]);
  });

  it('refuses negative limits, co-insurance over 100 %, negative counts and waiting periods', () => {
    const limits = { normal: { limitationType: 'C' as const, adult: 101, child: 0 }, emergency: { limitationType: 'F' as const, adult: 5000.5, child: -1 }, referral: limit };
    expect(codes([], [line({ serviceId: 'service-a' }), line({ serviceId: 'item-b' }, { limits, limitCountChild: -1, waitingPeriodAdult: -2 })])).toEqual([
      ['PRODUCT_LINE_SERVICE_UNKNOWN', 'serviceLines.1.serviceId'],
      ['PRODUCT_LINE_LIMIT_INVALID', 'serviceLines.1.limits.normal.adult'],
      ['PRODUCT_LINE_LIMIT_INVALID', 'serviceLines.1.limits.emergency.child'],
      ['PRODUCT_LINE_WAITING_PERIOD_INVALID', 'serviceLines.1.waitingPeriodAdult'],
      ['PRODUCT_LINE_COUNT_INVALID', 'serviceLines.1.limitCountChild'],
    ]);
  });

  it('refuses more lines than an event can carry', () => {
    const many = Array.from({ length: 1_501 }, (_, index) => line({ itemId: `i${index}` }));
    expect(codes(many)).toEqual([['PRODUCT_TOO_MANY_LINES', 'itemLines']]);
  });
});
