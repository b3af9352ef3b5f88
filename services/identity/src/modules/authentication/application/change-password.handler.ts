import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { refuse, runCommand } from '@imis/application';
import { authenticationErrors } from '../domain/authentication.errors';
import { PasswordCredentials } from './password-credentials';

export interface ChangePasswordCommand {
  readonly currentPassword: string;
  readonly newPassword: string;
  readonly user: { readonly id: string; readonly username: string };
  readonly clientMutationId?: string | null;
}

/** The signed-in user replaces its password; every refresh token of the user is revoked (other devices sign in again). */
@Injectable()
export class ChangePasswordHandler {
  constructor(
    private readonly em: EntityManager,
    private readonly credentials: PasswordCredentials,
  ) {}

  execute({ currentPassword, newPassword, user, clientMutationId }: ChangePasswordCommand) {
    return runCommand(this.em, { actor: user.id, clientMutationId, operation: 'changePassword' }, async (tx) => {
      if (!(await this.credentials.matches(tx, user.id, currentPassword))) refuse(authenticationErrors.wrongPassword());
      if (newPassword === currentPassword) refuse(authenticationErrors.passwordUnchanged());
      const errors = await this.credentials.setChecked(tx, user, newPassword, 'newPassword');
      if (errors.length > 0) refuse(...errors);
      await this.credentials.revokeSessions(tx, user.id);
      return { changed: true };
    });
  }
}
