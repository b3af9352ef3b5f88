import { Module } from '@nestjs/common';
import { UserCredentials, UserModule } from '../user';
import { AccessTokenIssuer } from './application/access-token-issuer';
import { ChangePassword } from './application/change-password.command';
import { Login } from './application/login.command';
import { Logout } from './application/logout.command';
import { PasswordCredentials } from './application/password-credentials';
import { PasswordHasher } from './application/password-hasher';
import { RefreshSession } from './application/refresh-session.command';
import { SessionTokenIssuer } from './application/session-tokens';
import { AuthenticationResolver } from './api/authentication.resolver';
import { JwksController } from './api/jwks.controller';
import { LoginRateLimiter } from './infrastructure/login-rate-limiter';
import { LoginRedisModule } from './infrastructure/login-redis';
import { LoginThrottles } from './infrastructure/login-throttles';
import { SigningKeyStore } from './infrastructure/signing-key-store';

/** Login, refresh, logout, passwords, lockout and the signing keys (JWKS). */
@Module({
  imports: [UserModule, LoginRedisModule],
  controllers: [JwksController],
  providers: [
    PasswordHasher,
    PasswordCredentials,
    SigningKeyStore,
    AccessTokenIssuer,
    SessionTokenIssuer,
    LoginThrottles,
    LoginRateLimiter,
    Login,
    RefreshSession,
    Logout,
    ChangePassword,
    AuthenticationResolver,
  ],
  exports: [Login, RefreshSession, Logout, ChangePassword],
})
export class AuthenticationModule {
  // User administration sets passwords and ends sessions through the user module's port.
  constructor(userCredentials: UserCredentials, credentials: PasswordCredentials) {
    userCredentials.register(credentials);
  }
}
