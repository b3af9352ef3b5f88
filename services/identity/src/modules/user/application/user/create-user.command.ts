import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import { createEvent, userCreatedEvent } from '@imis/contracts';
import { today } from '@imis/kernel';
import { recordEvent } from '@imis/messaging';
import { userAdminErrors } from '../../domain/user-admin.errors';
import { checkUserFields, type UserFieldsInput } from '../../domain/user-fields';
import { AppUser } from '../../infrastructure/app-user.entity';
import { USERNAME_UNIQUE_INDEX } from '../../infrastructure/user.indexes';
import type { AdminCommandMeta } from '../admin-command-meta';
import { checkNewId } from '../references';
import { UserCredentials } from '../user-credentials';
import { userState } from './user-event-data';
import { isUsernameTaken } from './user-records';
import { userReferenceErrors } from './user-references';
import { userView, type UserView } from './user.view';

export interface CreateUserData extends UserFieldsInput {
  /** A UUID chosen by the client (offline creation); generated when not given. */
  id?: string | null;
  password?: string | null;
}

/** Creates a user with roles and districts the caller may give, optionally with its password. */
@Injectable()
export class CreateUser implements UseCase<CreateUserData, { user: UserView }, AdminCommandMeta> {
  readonly operation = 'createUser';

  constructor(private readonly credentials: UserCredentials) {}

  async execute(tx: EntityManager, { id, password, ...data }: CreateUserData, { actor, caller }: AdminCommandMeta): Promise<{ user: UserView }> {
    const [fields] = orRefuse(checkUserFields(data, today()));
    const errors = await userReferenceErrors(tx, fields, caller);
    await checkNewId(tx, AppUser, id, errors);
    if (errors.length > 0) refuse(...errors);
    if (await isUsernameTaken(tx, fields.username)) refuse(userAdminErrors.usernameTaken(fields.username));

    const user = tx.create(AppUser, { ...fields, ...(id ? { id } : {}), changedBy: actor });
    await flushOrRefuse(tx, { [USERNAME_UNIQUE_INDEX]: () => userAdminErrors.usernameTaken(fields.username) });
    if (password) {
      const weak = await this.credentials.set(tx, user, password);
      if (weak.length > 0) refuse(...weak);
    }
    recordEvent(tx, createEvent(userCreatedEvent, { subject: user.id, data: userState(user) }));
    return { user: userView(user) };
  }
}
