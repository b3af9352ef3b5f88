import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { refuse, type CommandMeta, type UseCase } from '@imis/application';
import { authenticationErrors } from '../domain/authentication.errors';
import { PasswordCredentials } from './password-credentials';

export interface ChangePasswordData {
  readonly currentPassword: string;
  readonly newPassword: string;
}

/** The signed-in user (the actor), with its username: a new password must not contain it. */
export interface OwnAccountMeta extends CommandMeta {
  readonly username: string;
}

/** The signed-in user replaces its password; every refresh token of the user is revoked (other devices sign in again). */
@Injectable()
export class ChangePassword implements UseCase<ChangePasswordData, { changed: boolean }, OwnAccountMeta> {
  readonly operation = 'changePassword';

  constructor(private readonly credentials: PasswordCredentials) {}

  async execute(tx: EntityManager, { currentPassword, newPassword }: ChangePasswordData, { actor, username }: OwnAccountMeta): Promise<{ changed: boolean }> {
    if (!(await this.credentials.matches(tx, actor, currentPassword))) refuse(authenticationErrors.wrongPassword());
    if (newPassword === currentPassword) refuse(authenticationErrors.passwordUnchanged());
    const errors = await this.credentials.setChecked(tx, { id: actor, username }, newPassword, 'newPassword');
    if (errors.length > 0) refuse(...errors);
    await this.credentials.revokeSessions(tx, actor);
    return { changed: true };
  }
}
