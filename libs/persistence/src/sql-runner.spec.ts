import { inTransaction } from './sql-runner';

describe('inTransaction', () => {
  it('is false for a reader that is not an EntityManager', () => {
    expect(inTransaction({ execute: async () => [] })).toBe(false);
  });

  it('is true only for an EntityManager with a transaction context', () => {
    expect(inTransaction({ getTransactionContext: () => undefined })).toBe(false);
    expect(inTransaction({ getTransactionContext: () => ({}) })).toBe(true);
  });
});
