import { Module } from '@nestjs/common';

/** Login, refresh, logout, passwords, lockout and the signing keys (JWKS). */
@Module({})
export class AuthenticationModule {}
