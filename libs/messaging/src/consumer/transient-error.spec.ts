import { isTransientDatabaseError } from './transient-error';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isTransientDatabaseError', () => {
  it.each([
    ['server shutting down', withCode('57P01')],
    ['connection failure', withCode('08006')],
    ['deadlock', withCode('40P01')],
    ['refused', withCode('ECONNREFUSED')],
    ['pool exhausted', Object.assign(new Error('Knex: Timeout acquiring a connection.'), { name: 'KnexTimeoutError' })],
    ['terminated', new Error('Connection terminated unexpectedly')],
    ['wrapped', new Error('outer', { cause: withCode('57P03') })],
  ])('retries in place: %s', (_name, error) => {
    expect(isTransientDatabaseError(error)).toBe(true);
  });

  it.each([
    ['unique violation', withCode('23505')],
    ['handler bug', new TypeError('cannot read properties of undefined')],
    ['not an error', 'boom'],
  ])('lets the delivery fail: %s', (_name, error) => {
    expect(isTransientDatabaseError(error)).toBe(false);
  });
});
