import { Module } from '@nestjs/common';
import { PasswordCredentials } from './application/password-credentials';
import { PasswordHasher } from './application/password-hasher';

/** Password hashing, the password policy and session revocation; used by user administration and by login. */
@Module({
  providers: [PasswordHasher, PasswordCredentials],
  exports: [PasswordHasher, PasswordCredentials],
})
export class CredentialsModule {}
