import { isDatabaseError, redactDatabaseError } from './database-error';

type Serialized = Record<string, unknown>;

/** Properties holding the error an error wraps (a GraphQLError keeps its resolver's error in `originalError`). */
const WRAPPED = ['cause', 'originalError'] as const;

/**
 * An error's message fit for a log line or a stored failure reason: a database error's summary (class,
 * SQLSTATE, table, constraint; no values, database-error.ts), any other error's message with the message of
 * a database error it wraps replaced by that summary.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (isDatabaseError(error)) return redactDatabaseError(error).message;
  return withoutWrappedDatabaseMessages(error, error.message);
}

/**
 * The error to keep where it outlives the log line (BullMQ's failedReason and stack trace in Redis): a
 * database error becomes a plain Error with its summary; any other error is returned as it is.
 */
export function storableError<T>(error: T): T | Error {
  return isDatabaseError(error) ? new Error(redactDatabaseError(error as Error).message) : error;
}

/**
 * pino serializer of `err`, for every service's and the gateway's logger: a database error as
 * `redactDatabaseError` gives it, any other error as pino's standard serializer would (type, message,
 * stack, enumerable properties) except that a wrapped error (`cause`, `originalError`) is serialized by
 * this serializer under its own key rather than folded into the message and stack, and a database error's
 * message is cut out of the wrapper's. Under pino-http it receives pino's serialization of the error,
 * whose `raw` is the error itself.
 */
export function serializeError(value: unknown): unknown {
  const raw = (value as { raw?: unknown } | null)?.raw;
  const error = value instanceof Error ? value : raw instanceof Error ? raw : undefined;
  return error ? serialize(error, new Set()) : value;
}

function serialize(error: Error, seen: Set<Error>): Serialized {
  seen.add(error);
  if (isDatabaseError(error)) return { ...redactDatabaseError(error) };
  const serialized: Serialized = {
    type: error.constructor?.name || error.name,
    message: withoutWrappedDatabaseMessages(error, error.message),
    stack: error.stack === undefined ? undefined : withoutWrappedDatabaseMessages(error, error.stack),
  };
  for (const key in error) {
    if (key in serialized) continue;
    const property = (error as unknown as Serialized)[key];
    if (!(property instanceof Error)) serialized[key] = property;
    else if (!seen.has(property)) serialized[key] = serialize(property, seen);
  }
  for (const key of WRAPPED) {
    const wrapped = (error as unknown as Serialized)[key];
    if (wrapped instanceof Error && !seen.has(wrapped)) serialized[key] = serialize(wrapped, seen);
  }
  const errors = (error as { errors?: unknown }).errors;
  if (Array.isArray(errors)) serialized.aggregateErrors = errors.map((inner) => (inner instanceof Error && !seen.has(inner) ? serialize(inner, seen) : inner));
  return serialized;
}

/** `text` with the message of every database error `error` wraps (at any depth) replaced by its summary. */
function withoutWrappedDatabaseMessages(error: Error, text: string): string {
  let result = text;
  const visited = new Set<Error>([error]);
  let current: Error | undefined = wrappedError(error);
  while (current && !visited.has(current)) {
    visited.add(current);
    if (isDatabaseError(current) && current.message) result = result.split(current.message).join(redactDatabaseError(current).message);
    current = wrappedError(current);
  }
  return result;
}

function wrappedError(error: Error): Error | undefined {
  for (const key of WRAPPED) {
    const wrapped = (error as unknown as Serialized)[key];
    if (wrapped instanceof Error) return wrapped;
  }
  return undefined;
}

/**
 * pino `hooks.logMethod`: a line logged with an error and no message (`logger.error(error)`,
 * `logger.error({ err })`, what Nest's exception handler does) gets `describeError` as its message, where
 * pino would take the error's own message (for a database error: the SQL with its values).
 */
export function describeErrorWithoutMessage(this: unknown, args: unknown[], method: (...args: unknown[]) => void): void {
  const [first, second] = args;
  if (typeof second !== 'string') {
    if (first instanceof Error) {
      method.apply(this, [{ err: first }, describeError(first), ...args.slice(1)]);
      return;
    }
    const err = (first as { err?: unknown } | null)?.err;
    if (typeof first === 'object' && err instanceof Error) {
      method.apply(this, [first, describeError(err), ...args.slice(1)]);
      return;
    }
  }
  method.apply(this, args);
}
