import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { createEvent, userUpdatedEvent } from '@imis/contracts';
import { flushOrRefuse, orRefuse, refuse } from '@imis/application';
import { recordEvent } from '@imis/messaging';
import { isUuid } from '@imis/persistence';
import { PasswordCredentials } from '../../../authentication';
import { isActiveOn } from '../../domain/active-window';
import { mayManageUser } from '../../domain/scope-rules';
import { userAdminErrors } from '../../domain/user-admin.errors';
import { checkUserFields, type UserFieldsInput } from '../../domain/user-fields';
import { AppUser } from '../../infrastructure/app-user.entity';
import { USERNAME_UNIQUE_INDEX } from '../../infrastructure/user.indexes';
import { runCommand, today, type AdminCommandMeta } from '../caller';
import { lockHeldLocations } from '../held-locations';
import { isUsernameTaken } from './create-user.handler';
import { userScopeCondition } from './user.queries';
import { userReferenceErrors } from './user-references';
import { userState, userView, type UserView } from './user.view';

export interface UpdateUserData extends UserFieldsInput {
  id: string;
  /** When given, the version the client read: a different current version is a conflict. */
  version?: number | null;
  password?: string | null;
}

/** Replaces every field of a user (the previous version goes to history); optionally sets a new password. */
@Injectable()
export class UpdateUserHandler {
  constructor(
    private readonly em: EntityManager,
    private readonly credentials: PasswordCredentials,
  ) {}

  execute({ id, version, password, ...data }: UpdateUserData, meta: AdminCommandMeta) {
    return runCommand(this.em, { ...meta, operation: 'updateUser' }, async (tx): Promise<{ user: UserView }> => {
      const user = (await findManagedUser(tx, id, meta)) ?? refuse(userAdminErrors.notFound('USER'));
      if (version != null && version !== user.version) refuse(userAdminErrors.versionConflict(user.version));
      const [fields] = orRefuse(checkUserFields({ ...data, activeFrom: data.activeFrom ?? user.activeFrom }, today()));
      const errors = await userReferenceErrors(tx, fields, meta.caller, user);
      if (errors.length > 0) refuse(...errors);
      if (await isUsernameTaken(tx, fields.username, user.id)) refuse(userAdminErrors.usernameTaken(fields.username));

      tx.assign(user, fields);
      user.markChanged(meta.actor);
      await flushOrRefuse(tx, { [USERNAME_UNIQUE_INDEX]: () => userAdminErrors.usernameTaken(fields.username) });
      if (password) {
        const weak = await this.credentials.set(tx, user, password);
        if (weak.length > 0) refuse(...weak);
      }
      // A new password, or a user deactivated from today, ends the sessions it had.
      if (password || !isActiveOn(fields, today())) await this.credentials.revokeSessions(tx, user.id);
      recordEvent(tx, createEvent(userUpdatedEvent, { subject: user.id, data: userState(user) }));
      return { user: userView(user) };
    });
  }
}

/**
 * A current user the caller may manage, or null (refused as not found, like an unknown id): one it sees
 * (a district in its scope) and every location of which lies in its scope (`mayManageUser`). The user's
 * row is locked first, so the check holds until the command commits.
 */
export async function findManagedUser(em: EntityManager, id: string, { caller }: AdminCommandMeta): Promise<AppUser | null> {
  if (!isUuid(id)) return null;
  if (!caller.scope.everywhere) {
    const held = (await lockHeldLocations(em, [id])).get(id);
    if (!held || !mayManageUser(caller.scope, held)) return null;
  }
  return em.findOne(AppUser, { $and: [{ id, deletedAt: null }, userScopeCondition(caller.scope)] });
}
