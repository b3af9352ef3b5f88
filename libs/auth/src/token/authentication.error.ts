/** Why a request carries no usable identity; the code goes to the caller, the detail only to logs. */
export type AuthenticationFailure = 'TOKEN_MISSING' | 'TOKEN_EXPIRED' | 'TOKEN_INVALID' | 'KEYS_UNAVAILABLE';

export class AuthenticationError extends Error {
  constructor(
    readonly reason: AuthenticationFailure,
    readonly detail?: string,
  ) {
    super(AUTHENTICATION_MESSAGES[reason]);
    this.name = 'AuthenticationError';
  }
}

const AUTHENTICATION_MESSAGES: Record<AuthenticationFailure, string> = {
  TOKEN_MISSING: 'Sign in first: this operation needs a bearer access token',
  TOKEN_EXPIRED: 'The access token has expired; refresh it or sign in again',
  TOKEN_INVALID: 'The access token is not valid',
  KEYS_UNAVAILABLE: 'The token cannot be checked now: the identity service does not answer; retry shortly',
};
