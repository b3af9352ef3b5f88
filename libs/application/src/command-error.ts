/**
 * Why a command was refused, as plain data: a stable code clients switch on, a message for people and
 * the input field concerned. Transports map it (GraphQL: the `UserError` type of a payload's `errors`).
 */
export interface CommandError {
  readonly code: string;
  readonly message: string;
  readonly field: string | null;
}

export function commandError(code: string, message: string, field?: string | null): CommandError {
  return { code, message, field: field ?? null };
}
