import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { refuse, type UseCase } from '@imis/application';
import { createEvent, userDeletedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { checkGrantable } from '../../domain/grant-rules';
import { userAdminErrors } from '../../domain/user-admin.errors';
import type { AdminCommandMeta } from '../admin-command-meta';
import { currentRoles } from '../references';
import { UserCredentials } from '../user-credentials';
import { userState } from './user-event-data';
import { findManagedUser } from './user-records';
import { userView, type UserView } from './user.view';

export interface DeleteUserData {
  id: string;
}

/** Soft-deletes a user (kept as history, its username freed) and revokes its sessions. */
@Injectable()
export class DeleteUser implements UseCase<DeleteUserData, { user: UserView }, AdminCommandMeta> {
  readonly operation = 'deleteUser';

  constructor(private readonly credentials: UserCredentials) {}

  async execute(tx: EntityManager, { id }: DeleteUserData, { actor, caller }: AdminCommandMeta): Promise<{ user: UserView }> {
    const user = (await findManagedUser(tx, id, caller)) ?? refuse(userAdminErrors.notFound('USER'));
    const grantable = checkGrantable(caller.user, await currentRoles(tx, user.roleIds));
    if (!grantable.ok) refuse(...grantable.errors);
    user.markDeleted(actor);
    await tx.flush();
    await this.credentials.revokeSessions(tx, user.id);
    recordEvent(tx, createEvent(userDeletedEvent, { subject: user.id, data: userState(user) }));
    return { user: userView(user) };
  }
}
