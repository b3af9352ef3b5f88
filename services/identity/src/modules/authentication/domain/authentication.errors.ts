import type { DomainError } from '@imis/kernel';

/** Refusals of login, refresh, logout and password change; the codes are what clients switch on. */
export const authenticationErrors = {
  // One message for unknown user, wrong password, no password and inactive user: it must not tell them apart.
  invalidCredentials: (): DomainError => ({ code: 'INVALID_CREDENTIALS', message: 'Wrong username or password' }),
  accountLocked: (minutes: number): DomainError => ({
    code: 'ACCOUNT_LOCKED',
    message: `Too many failed logins for this username: try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
  }),
  rateLimited: (seconds: number): DomainError => ({
    code: 'LOGIN_RATE_LIMITED',
    message: `Too many login attempts from this address: try again in ${seconds} seconds`,
  }),
  invalidRefreshToken: (): DomainError => ({
    code: 'INVALID_REFRESH_TOKEN',
    message: 'The refresh token is not valid (expired, revoked or unknown): sign in again',
    field: 'refreshToken',
  }),
  refreshTokenReused: (): DomainError => ({
    code: 'REFRESH_TOKEN_REUSED',
    message: 'This refresh token was already used: every session it belongs to is ended, sign in again',
    field: 'refreshToken',
  }),
  wrongPassword: (): DomainError => ({ code: 'WRONG_PASSWORD', message: 'The current password is wrong', field: 'currentPassword' }),
  passwordUnchanged: (): DomainError => ({
    code: 'PASSWORD_UNCHANGED',
    message: 'The new password must differ from the current one',
    field: 'newPassword',
  }),
};
