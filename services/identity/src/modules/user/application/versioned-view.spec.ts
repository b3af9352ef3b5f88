import type { HistoryRecord } from '@imis/persistence';
import { pastVersion, pickFields } from './versioned-view';

describe('versioned views', () => {
  it('picks the named properties, null when missing', () => {
    expect(pickFields({ code: 'E1', other: 1 }, ['code', 'email'])).toEqual({ code: 'E1', email: null });
  });

  it('turns a history row into a past version with ISO date-times', () => {
    const record = {
      entityId: 'id-1', version: 2, data: {}, changedBy: 'u1', replacedBy: 'u2',
      validFrom: new Date('2026-01-01T00:00:00Z'), validTo: new Date('2026-02-01T00:00:00Z'),
    } as unknown as HistoryRecord;
    expect(pastVersion(record)).toEqual({
      id: 'id-1', version: 2, validFrom: '2026-01-01T00:00:00.000Z', validTo: '2026-02-01T00:00:00.000Z', changedBy: 'u1', replacedBy: 'u2', deleted: false,
    });
  });
});
