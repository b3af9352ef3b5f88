import { inTransaction, numberedPlaceholders } from './sql-runner';

describe('numberedPlaceholders', () => {
  it('numbers ? placeholders in order, as knex does', () => {
    expect(numberedPlaceholders('select * from t where a = ? and b = any(?::uuid[]) limit ?')).toBe('select * from t where a = $1 and b = any($2::uuid[]) limit $3');
  });

  it('keeps an escaped \\? as the jsonb operator', () => {
    expect(numberedPlaceholders("select * from t where data \\? 'key' and id = ?")).toBe("select * from t where data ? 'key' and id = $1");
  });

  it('answers the same text from its cache', () => {
    const sql = 'select ? as first, ? as second';
    expect(numberedPlaceholders(sql)).toBe('select $1 as first, $2 as second');
    expect(numberedPlaceholders(sql)).toBe('select $1 as first, $2 as second');
  });

  it('refuses knex identifier bindings', () => {
    expect(() => numberedPlaceholders('select ?? from t')).toThrow('`??`');
  });
});

describe('inTransaction', () => {
  it('is false for a reader that is not an EntityManager', () => {
    expect(inTransaction({ execute: async () => [] })).toBe(false);
  });

  it('is true only for an EntityManager with a transaction context', () => {
    expect(inTransaction({ getTransactionContext: () => undefined })).toBe(false);
    expect(inTransaction({ getTransactionContext: () => ({}) })).toBe(true);
  });
});
