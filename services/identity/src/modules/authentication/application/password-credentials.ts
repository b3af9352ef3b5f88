import type { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import type { DomainError } from '@imis/kernel';
import { InjectIdentityEnv } from '../../../config/identity-env.module';
import type { IdentityEnv } from '../../../config/identity.config';
import { passwordPolicyErrors, type PasswordPolicy } from '../domain/password-policy';
import { Credential } from '../infrastructure/credential.entity';
import { RefreshToken } from '../infrastructure/refresh-token.entity';
import { PasswordHasher } from './password-hasher';

/** Passwords and sessions of users, for the user administration (create user, reset password, delete user) and login. */
@Injectable()
export class PasswordCredentials {
  readonly policy: PasswordPolicy;

  constructor(
    private readonly hasher: PasswordHasher,
    @InjectIdentityEnv() env: IdentityEnv,
  ) {
    this.policy = { minLength: env.PASSWORD_MIN_LENGTH, minCharacterClasses: env.PASSWORD_MIN_CHARACTER_CLASSES };
  }

  /** Checks the password policy (returns its DomainErrors, code PASSWORD_TOO_WEAK, field 'password', writes nothing then), hashes with argon2id and upserts the credential, inside the caller's transaction (em). */
  set(em: EntityManager, user: { id: string; username: string }, password: string): Promise<DomainError[]> {
    return this.setChecked(em, user, password, 'password');
  }

  /** Like set, with the policy errors about the given input field. */
  async setChecked(em: EntityManager, user: { id: string; username: string }, password: string, field: string): Promise<DomainError[]> {
    const errors = passwordPolicyErrors(password, user.username, this.policy, field);
    if (errors.length > 0) return errors;
    const passwordHash = await this.hasher.hash(password);
    await em.upsert(Credential, { userId: user.id, passwordHash, changedAt: new Date() });
    return [];
  }

  /**
   * Whether the password is the user's. Without a user or without a credential, still runs one argon2
   * verification so that the answer takes as long and reveals nothing.
   */
  async matches(em: EntityManager, userId: string | null, password: string): Promise<boolean> {
    const credential = userId ? await em.findOne(Credential, { userId }) : null;
    return this.hasher.verify(credential?.passwordHash ?? null, password);
  }

  /** Revokes every refresh token of the user (deleted or deactivated user, password reset). */
  async revokeSessions(em: EntityManager, userId: string): Promise<void> {
    await em.nativeUpdate(RefreshToken, { userId, revokedAt: null }, { revokedAt: new Date() });
  }
}
