/**
 * A refusal of the domain: a value, not an exception. `code` is stable (clients switch on it),
 * `message` is for people, `field` names the input field at fault when there is one.
 */
export interface DomainError {
  readonly code: string;
  readonly message: string;
  readonly field?: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: DomainError[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function refused<T = never>(...errors: DomainError[]): Result<T> {
  return { ok: false, errors };
}

/** Ok when no error was collected, else all of them at once (so a form can show every problem). */
export function collect<T>(errors: DomainError[], value: () => T): Result<T> {
  return errors.length === 0 ? ok(value()) : { ok: false, errors };
}
