import type { CommandError } from './command-error';

/**
 * Thrown by a use case to refuse: the command's changes roll back (nothing half-written, no event) and
 * `runCommand` returns the errors.
 */
export class CommandRefused extends Error {
  constructor(readonly errors: CommandError[]) {
    super(errors.map((error) => error.code).join(', '));
    this.name = 'CommandRefused';
  }
}
