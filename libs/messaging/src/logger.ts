import { describeError } from '@imis/observability';

/** The subset of a logger the messaging classes use (Nest's Logger and pino both fit). */
export interface MessagingLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const consoleLogger: MessagingLogger = {
  log: () => undefined,
  warn: (message) => console.warn(message),
  error: (message) => console.error(message),
};

/** An error's message for a log line; a database error's without its values (describeError of @imis/observability). */
export function errorMessage(error: unknown): string {
  return describeError(error);
}
