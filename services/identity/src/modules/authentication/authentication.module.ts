import { Module } from '@nestjs/common';
import { UserModule } from '../user';
import { AccessTokenIssuer } from './application/access-token-issuer';
import { ChangePassword } from './application/change-password.command';
import { Login } from './application/login.command';
import { Logout } from './application/logout.command';
import { RefreshSession } from './application/refresh-session.command';
import { SessionTokenIssuer } from './application/session-tokens';
import { AuthenticationResolver } from './api/authentication.resolver';
import { JwksController } from './api/jwks.controller';
import { CredentialsModule } from './credentials.module';
import { LoginRateLimiter } from './infrastructure/login-rate-limiter';
import { LoginRedisModule } from './infrastructure/login-redis';
import { LoginThrottles } from './infrastructure/login-throttles';
import { SigningKeyStore } from './infrastructure/signing-key-store';

/** Login, refresh, logout, passwords, lockout and the signing keys (JWKS). */
@Module({
  imports: [UserModule, CredentialsModule, LoginRedisModule],
  controllers: [JwksController],
  providers: [
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
})
export class AuthenticationModule {}
