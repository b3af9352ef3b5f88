import { NotNullConstraintViolationException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { DatabaseError } from 'pg';
import pino from 'pino';
import { statementWithoutValues } from './database-error';
import { describeError, describeErrorWithoutMessage, serializeError, storableError } from './error-redaction';

const PII = 'Zyxwvu-PII';
const NUMBER = '918273645';

/** A PostgreSQL unique violation as pg raises it, its message prefixed with the statement as knex does. */
function uniqueViolation(): DatabaseError {
  const error = new DatabaseError('duplicate key value violates unique constraint "insuree_chf_id_unique"', 100, 'error');
  Object.assign(error, {
    severity: 'ERROR',
    code: '23505',
    detail: `Key (chf_id)=(${NUMBER}) already exists.`,
    schema: 'public',
    table: 'insuree',
    constraint: 'insuree_chf_id_unique',
    routine: '_bt_check_unique',
  });
  error.message = `insert into "insuree" ("id", "last_name", "chf_id", "poverty", "photo_size") values ('0193-a', '${PII}', '${NUMBER}', true, 1234.5) returning "version" - ${error.message}`;
  return error;
}

describe('database errors in logs', () => {
  it('serializes a MikroORM DriverException as its class, SQLSTATE, names and statement without values', () => {
    const serialized = serializeError(new UniqueConstraintViolationException(uniqueViolation())) as Record<string, unknown>;
    expect(serialized).toEqual({
      type: 'UniqueConstraintViolationException',
      message: 'UniqueConstraintViolationException, SQLSTATE 23505, table insuree, constraint insuree_chf_id_unique',
      code: '23505',
      schema: 'public',
      table: 'insuree',
      constraint: 'insuree_chf_id_unique',
      routine: '_bt_check_unique',
      sql: 'insert into "insuree" ("id", "last_name", "chf_id", "poverty", "photo_size") values (?, ?, ?, true, ?) returning "version"',
      stack: expect.stringMatching(/^UniqueConstraintViolationException: UniqueConstraintViolationException, SQLSTATE 23505.*\n\s+at /),
    });
    expect(JSON.stringify(serialized)).not.toMatch(new RegExp(`${PII}|${NUMBER}|1234`));
  });

  it('serializes a pg DatabaseError the same way, and gives no statement when the message does not start with one', () => {
    const error = new DatabaseError(`invalid input syntax for type uuid: "${PII}"`, 100, 'error');
    Object.assign(error, { code: '22P02', where: `unnamed portal parameter $1 = '${PII}'` });
    const serialized = serializeError(error) as Record<string, unknown>;
    expect(serialized).toMatchObject({ type: 'DatabaseError', code: '22P02', message: 'DatabaseError, SQLSTATE 22P02' });
    expect(serialized.sql).toBeUndefined();
    expect(JSON.stringify(serialized)).not.toContain(PII);
  });

  it('cuts a wrapped database error out of its wrapper, at any depth (cause, GraphQL originalError)', () => {
    const database = new NotNullConstraintViolationException(uniqueViolation());
    const wrapper = new Error(`The import could not run: ${database.message}`, { cause: database });
    const outer = Object.assign(new Error(`resolver failed: ${wrapper.message}`, { cause: wrapper }), { path: ['createFamily'] });
    const serialized = serializeError(outer) as { message: string; path: unknown; cause: { cause: { type: string } } };
    expect(serialized.path).toEqual(['createFamily']);
    expect(serialized.message).toBe('resolver failed: The import could not run: NotNullConstraintViolationException, SQLSTATE 23505, table insuree, constraint insuree_chf_id_unique');
    expect(serialized.cause.cause.type).toBe('NotNullConstraintViolationException');
    expect(JSON.stringify(serialized)).not.toContain(PII);
    expect(describeError(outer)).not.toContain(PII);
  });

  it('leaves other errors as they are', () => {
    const error = Object.assign(new Error('the photo does not decode'), { code: 'PHOTO_UNREADABLE' });
    expect(serializeError(error)).toMatchObject({ type: 'Error', message: 'the photo does not decode', code: 'PHOTO_UNREADABLE', stack: error.stack });
    expect(describeError(error)).toBe('the photo does not decode');
    expect(storableError(error)).toBe(error);
    expect(serializeError('not an error')).toBe('not an error');
  });

  it('makes a database error storable without its values (BullMQ keeps message and stack)', () => {
    const stored = storableError(new UniqueConstraintViolationException(uniqueViolation())) as Error;
    expect(stored.message).toBe('UniqueConstraintViolationException, SQLSTATE 23505, table insuree, constraint insuree_chf_id_unique');
    expect(stored.stack).not.toContain(PII);
  });

  it('replaces every literal of a statement, and leaves quoted identifiers and parameters', () => {
    expect(statementWithoutValues(`select "e0".* from "insuree" as "e0" where "e0"."last_name" = 'O''${PII}' and "e0"."x1" in (12, -3.5e2) and $1 limit 20 - boom`)).toBe(
      'select "e0".* from "insuree" as "e0" where "e0"."last_name" = ? and "e0"."x1" in (?, -?) and $1 limit ?',
    );
    expect(statementWithoutValues(`duplicate key - "${PII}"`)).toBeUndefined();
    expect(statementWithoutValues(`select '${PII}'`)).toBeUndefined();
  });

  it('gives a line logged with a database error and no message the summary as its message', () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino(
      { serializers: { err: serializeError }, hooks: { logMethod: describeErrorWithoutMessage } },
      { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
    );
    logger.error(new UniqueConstraintViolationException(uniqueViolation()));
    logger.error({ err: new UniqueConstraintViolationException(uniqueViolation()), correlationId: 'c-1' });
    logger.error({ err: new Error('plain') }, 'with its own message');
    expect(lines.map((line) => line.msg)).toEqual([
      'UniqueConstraintViolationException, SQLSTATE 23505, table insuree, constraint insuree_chf_id_unique',
      'UniqueConstraintViolationException, SQLSTATE 23505, table insuree, constraint insuree_chf_id_unique',
      'with its own message',
    ]);
    expect(lines[1]).toMatchObject({ correlationId: 'c-1', err: { code: '23505', constraint: 'insuree_chf_id_unique' } });
    expect(JSON.stringify(lines)).not.toMatch(new RegExp(`${PII}|${NUMBER}`));
  });
});
