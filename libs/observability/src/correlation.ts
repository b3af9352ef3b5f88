import { AsyncLocalStorage } from 'async_hooks';
import { randomUUID } from 'crypto';

export const CORRELATION_HEADER = 'x-correlation-id';

const storage = new AsyncLocalStorage<string>();

/** The correlation id of the request or message being handled, if any. */
export function currentCorrelationId(): string | undefined {
  return storage.getStore();
}

export function runWithCorrelationId<T>(correlationId: string, work: () => T): T {
  return storage.run(correlationId, work);
}

const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A caller's correlation id when it is sane, otherwise a new one (never trust arbitrary header content in logs). */
export function correlationIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SAFE_ID.test(value) ? value : randomUUID();
}
