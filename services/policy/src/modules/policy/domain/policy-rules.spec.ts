import { latestPolicy } from './policy-lineage';
import { isProductAvailable } from './product-availability';

describe('product availability', () => {
  const sold = { locationId: 'district', dateFrom: '2024-01-01', dateTo: '2024-12-31' };

  it('sells a national product everywhere, a located one below its location, inside the sale window (ends included)', () => {
    expect(isProductAvailable({ ...sold, locationId: null }, ['village', 'ward'], '2024-01-01')).toBe(true);
    expect(isProductAvailable(sold, ['village', 'ward', 'district', 'region'], '2024-12-31')).toBe(true);
    expect(isProductAvailable(sold, ['village', 'ward', 'other-district', 'region'], '2024-06-01')).toBe(false);
    expect(isProductAvailable(sold, ['village', 'ward', 'district'], '2023-12-31')).toBe(false);
    expect(isProductAvailable(sold, ['village', 'ward', 'district'], '2025-01-01')).toBe(false);
  });
});

describe('latest policy', () => {
  it('is the latest start, then the latest created; none of no policies', () => {
    const old = { id: 'old', startDate: '2024-07-01', createdAt: new Date('2024-04-15T10:00:00Z') };
    const renewal = { id: 'renewal', startDate: '2025-07-01', createdAt: new Date('2025-06-20T10:00:00Z') };
    const sameStartLater = { id: 'later', startDate: '2025-07-01', createdAt: new Date('2025-06-21T10:00:00Z') };
    expect(latestPolicy([renewal, old])?.id).toBe('renewal');
    expect(latestPolicy([old, sameStartLater, renewal])?.id).toBe('later');
    expect(latestPolicy([])).toBeNull();
  });
});
