const TRANSIENT_CODES = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '53300', // too_many_connections
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
]);
const TRANSIENT_MESSAGES = [/connection terminated/i, /timeout acquiring a connection/i, /connection (is )?closed/i];

/**
 * A database failure that says nothing about the event (server unreachable, restarting, deadlock): the
 * batch is retried in place instead of being redelivered, so an outage never exhausts max deliveries.
 */
export function isTransientDatabaseError(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (TRANSIENT_CODES.has(code) || code.startsWith('08'))) return true;
    const message = current.message;
    if (current.name === 'KnexTimeoutError' || TRANSIENT_MESSAGES.some((pattern) => pattern.test(message))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
