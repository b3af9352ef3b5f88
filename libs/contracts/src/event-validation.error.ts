import type { ZodError } from 'zod';

/** An event that does not match its envelope or its contract: never worth retrying. */
export class EventValidationError extends Error {
  constructor(
    readonly eventType: string | undefined,
    readonly issues: string[],
  ) {
    super(`Invalid event${eventType ? ` ${eventType}` : ''}: ${issues.join('; ')}`);
    this.name = 'EventValidationError';
  }

  static fromZod(eventType: string | undefined, error: ZodError, prefix = ''): EventValidationError {
    return new EventValidationError(
      eventType,
      error.issues.map((issue) => `${[prefix, ...issue.path].filter((part) => part !== '').join('.') || '(root)'}: ${issue.message}`),
    );
  }
}
