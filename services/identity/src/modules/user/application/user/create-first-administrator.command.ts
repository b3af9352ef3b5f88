import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { refuse, type CommandMeta, type UseCase } from '@imis/application';
import { createEvent, userCreatedEvent } from '@imis/contracts';
import { today } from '@imis/kernel';
import { recordEvent } from '@imis/messaging';
import { IMIS_ADMINISTRATOR_ROLE_ID } from '../../domain/system-role-ids';
import { AppUser } from '../../infrastructure/app-user.entity';
import { UserCredentials } from '../user-credentials';
import { userState } from './user-event-data';
import { isUsernameTaken } from './user-records';

export interface FirstAdministratorData {
  /** A valid username (`checkUsername`). */
  readonly username: string;
  readonly password: string;
}

/**
 * Creates the administrator of a new installation (role IMIS Administrator, active from today) with its
 * password, unless a current user has that username (`created: false`). A password that breaks the policy
 * is refused (PASSWORD_TOO_WEAK). Two instances creating it together: the unique username index fails
 * the flush of the later one (UniqueConstraintViolationException).
 */
@Injectable()
export class CreateFirstAdministrator implements UseCase<FirstAdministratorData, { created: boolean; username: string }> {
  readonly operation = 'createFirstAdministrator';

  constructor(private readonly credentials: UserCredentials) {}

  async execute(tx: EntityManager, { username, password }: FirstAdministratorData, { actor }: CommandMeta): Promise<{ created: boolean; username: string }> {
    if (await isUsernameTaken(tx, username)) return { created: false, username };
    const user = tx.create(AppUser, {
      username,
      lastName: 'Administrator',
      otherNames: 'IMIS',
      activeFrom: today(),
      roleIds: [IMIS_ADMINISTRATOR_ROLE_ID],
      districtIds: [],
      changedBy: actor,
    });
    await tx.flush();
    const weak = await this.credentials.set(tx, user, password);
    if (weak.length > 0) refuse(...weak);
    recordEvent(tx, createEvent(userCreatedEvent, { subject: user.id, data: userState(user) }));
    return { created: true, username: user.username };
  }
}
