import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { expectVersion, flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import { createEvent, userUpdatedEvent } from '@imis/contracts';
import { today } from '@imis/kernel';
import { recordEvent } from '@imis/messaging';
import { isActiveOn } from '../../domain/active-window';
import { userAdminErrors } from '../../domain/user-admin.errors';
import { fieldsOf, sentOver } from '../../domain/sent-over';
import { checkUserFields, USER_FIELD_NAMES, type UserFieldsInput } from '../../domain/user-fields';
import { USERNAME_UNIQUE_INDEX } from '../../infrastructure/user.indexes';
import type { AdminCommandMeta } from '../admin-command-meta';
import { UserCredentials } from '../user-credentials';
import { userState } from './user-event-data';
import { findManagedUser, isUsernameTaken } from './user-records';
import { userReferenceErrors } from './user-references';
import { userView, type UserView } from './user.view';

export interface UpdateUserData extends UserFieldsInput {
  id: string;
  /** When given, the version the client read: a different current version is a conflict. */
  version?: number | null;
  password?: string | null;
}

/** Changes the fields sent of a user (absent ones unchanged; the previous version goes to history); optionally sets a new password. */
@Injectable()
export class UpdateUser implements UseCase<UpdateUserData, { user: UserView }, AdminCommandMeta> {
  readonly operation = 'updateUser';

  constructor(private readonly credentials: UserCredentials) {}

  async execute(tx: EntityManager, { id, version, password, ...data }: UpdateUserData, { actor, caller }: AdminCommandMeta): Promise<{ user: UserView }> {
    const user = (await findManagedUser(tx, id, caller)) ?? refuse(userAdminErrors.notFound('USER'));
    expectVersion(user, version);
    const sent = sentOver<UserFieldsInput>(fieldsOf(user, USER_FIELD_NAMES), data);
    const [fields] = orRefuse(checkUserFields({ ...sent, activeFrom: sent.activeFrom ?? user.activeFrom }, today()));
    const errors = await userReferenceErrors(tx, fields, caller, user);
    if (errors.length > 0) refuse(...errors);
    if (await isUsernameTaken(tx, fields.username, user.id)) refuse(userAdminErrors.usernameTaken(fields.username));

    tx.assign(user, fields);
    user.markChanged(actor);
    await flushOrRefuse(tx, { [USERNAME_UNIQUE_INDEX]: () => userAdminErrors.usernameTaken(fields.username) });
    if (password) {
      const weak = await this.credentials.set(tx, user, password);
      if (weak.length > 0) refuse(...weak);
    }
    // A new password, or a user deactivated from today, ends the sessions it had.
    if (password || !isActiveOn(fields, today())) await this.credentials.revokeSessions(tx, user.id);
    recordEvent(tx, createEvent(userUpdatedEvent, { subject: user.id, data: userState(user) }));
    return { user: userView(user) };
  }
}
