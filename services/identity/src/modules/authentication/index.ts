// The authentication module's public face: what the service's root modules, tests and event handlers may
// use. No other module of the service imports it: user administration reaches passwords and sessions
// through the user module's UserCredentials port, which this module fills.
export { AuthenticationModule } from './authentication.module';
export { Login } from './application/login.command';
export type { LoginAttempt } from './application/login.command';
export { RefreshSession } from './application/refresh-session.command';
export type { RefreshSessionData } from './application/refresh-session.command';
export { Logout } from './application/logout.command';
export type { LogoutData } from './application/logout.command';
export { ChangePassword } from './application/change-password.command';
export type { ChangePasswordData, OwnAccountMeta } from './application/change-password.command';
export type { AuthenticationResult } from './application/authentication-result';
export { authenticationEntities } from './authentication.entities';
export { identityTokenVerifier } from './infrastructure/identity-token-verifier';
export { runSigningKeyCommand, SIGNING_KEY_USAGE } from './application/signing-key-commands';
export type { SigningKeyCommandResult } from './application/signing-key-commands';
export { LoginRedis } from './infrastructure/login-redis';
