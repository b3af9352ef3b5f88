import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { createEvent, userCreatedEvent } from '@imis/contracts';
import { flushOrRefuse, orRefuse, refuse } from '@imis/application';
import { recordEvent } from '@imis/messaging';
import { PasswordCredentials } from '../../../authentication';
import { userAdminErrors } from '../../domain/user-admin.errors';
import { checkUserFields, type UserFieldsInput } from '../../domain/user-fields';
import { AppUser } from '../../infrastructure/app-user.entity';
import { foldedUsername, USERNAME_UNIQUE_INDEX } from '../../infrastructure/user.indexes';
import { runCommand, today, type AdminCommandMeta } from '../caller';
import { checkNewId } from '../references';
import { userReferenceErrors } from './user-references';
import { userState, userView, type UserView } from './user.view';

export interface CreateUserData extends UserFieldsInput {
  id?: string | null;
  password?: string | null;
}

@Injectable()
export class CreateUserHandler {
  constructor(
    private readonly em: EntityManager,
    private readonly credentials: PasswordCredentials,
  ) {}

  execute({ id, password, ...data }: CreateUserData, meta: AdminCommandMeta) {
    return runCommand(this.em, { ...meta, operation: 'createUser' }, async (tx): Promise<{ user: UserView }> => {
      const [fields] = orRefuse(checkUserFields(data, today()));
      const errors = await userReferenceErrors(tx, fields, meta.caller);
      await checkNewId(tx, AppUser, id, errors);
      if (errors.length > 0) refuse(...errors);
      if (await isUsernameTaken(tx, fields.username)) refuse(userAdminErrors.usernameTaken(fields.username));

      const user = tx.create(AppUser, { ...fields, ...(id ? { id } : {}), changedBy: meta.actor });
      await flushOrRefuse(tx, { [USERNAME_UNIQUE_INDEX]: () => userAdminErrors.usernameTaken(fields.username) });
      if (password) {
        const weak = await this.credentials.set(tx, user, password);
        if (weak.length > 0) refuse(...weak);
      }
      recordEvent(tx, createEvent(userCreatedEvent, { subject: user.id, data: userState(user) }));
      return { user: userView(user) };
    });
  }
}

/** Usernames are unique among current users, ignoring case (the unique index's folding). */
export async function isUsernameTaken(em: EntityManager, username: string, exceptId?: string): Promise<boolean> {
  const rows = await em.execute<{ id: string }[]>(`select id from app_user where deleted_at is null and ${foldedUsername('username')} = ${foldedUsername('?')}`, [
    username,
  ]);
  return rows.some((row) => row.id !== exceptId);
}
