import { createdAfterSql, creationOrderSql, listedAs } from './creation-order';

const after = { createdAt: new Date('2026-12-01T10:00:00.123Z'), id: '7d444840-9dc0-41d3-8f4c-3c6f4d2b7e10' };

describe('creation order', () => {
  it('reads a first page from the start and the next after the (created_at, id) pair, in one row comparison', () => {
    expect(createdAfterSql('i', undefined)).toEqual({ sql: 'true', params: [] });
    expect(createdAfterSql('i', after)).toEqual({
      sql: '(i.created_at, i.id) > (?::timestamptz, ?::uuid)',
      params: ['2026-12-01T10:00:00.123Z', after.id],
    });
    expect(creationOrderSql('i')).toBe('i.created_at, i.id');
  });

  it('keeps a listed row’s id and creation time beside its view', () => {
    const row = { ...after, name: 'Amani' };
    expect(listedAs((listed: typeof row) => ({ label: listed.name }))(row)).toEqual({ label: 'Amani', id: after.id, createdAt: after.createdAt });
  });
});
