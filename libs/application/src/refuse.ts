import type { DomainError, Result } from '@imis/kernel';
import { commandError } from './command-error';
import { CommandRefused } from './command-refused.error';

type Values<T extends Result<unknown>[]> = { [K in keyof T]: T[K] extends Result<infer V> ? V : never };

/** Refuses the command (rolling its changes back) with the given domain errors. */
export function refuse(...errors: DomainError[]): never {
  throw new CommandRefused(errors.map((error) => commandError(error.code, error.message, error.field)));
}

/** The values of domain results, or a refusal carrying the errors of every failed one. */
export function orRefuse<T extends Result<unknown>[]>(...results: T): Values<T> {
  const errors = results.flatMap((result) => (result.ok ? [] : result.errors));
  if (errors.length > 0) refuse(...errors);
  return results.map((result) => (result as { value: unknown }).value) as Values<T>;
}
