import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { createEvent, userDeletedEvent } from '@imis/contracts';
import { refuse } from '@imis/application';
import { recordEvent } from '@imis/messaging';
import { PasswordCredentials } from '../../../authentication';
import { checkGrantable } from '../../domain/grant-rules';
import { userAdminErrors } from '../../domain/user-admin.errors';
import { runCommand, type AdminCommandMeta } from '../caller';
import { currentRoles } from '../references';
import { findManagedUser } from './update-user.handler';
import { userState, userView, type UserView } from './user.view';

/** Soft-deletes a user (kept as history, its username freed) and revokes its sessions. */
@Injectable()
export class DeleteUserHandler {
  constructor(
    private readonly em: EntityManager,
    private readonly credentials: PasswordCredentials,
  ) {}

  execute({ id }: { id: string }, meta: AdminCommandMeta) {
    return runCommand(this.em, { ...meta, operation: 'deleteUser' }, async (tx): Promise<{ user: UserView }> => {
      const user = (await findManagedUser(tx, id, meta)) ?? refuse(userAdminErrors.notFound('USER'));
      const grantable = checkGrantable(meta.caller.user, await currentRoles(tx, user.roleIds));
      if (!grantable.ok) refuse(...grantable.errors);
      user.markDeleted(meta.actor);
      await tx.flush();
      await this.credentials.revokeSessions(tx, user.id);
      recordEvent(tx, createEvent(userDeletedEvent, { subject: user.id, data: userState(user) }));
      return { user: userView(user) };
    });
  }
}
