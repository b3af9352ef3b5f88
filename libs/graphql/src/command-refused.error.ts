import type { UserError } from './user-error.type';

/**
 * Thrown by a command handler to refuse a command: the surrounding transaction rolls back (nothing
 * half-written, no event) and the resolver returns the errors in the payload.
 */
export class CommandRefused extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((error) => error.code).join(', '));
    this.name = 'CommandRefused';
  }
}
