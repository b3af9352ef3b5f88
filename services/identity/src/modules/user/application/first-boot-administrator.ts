import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { createEvent, userCreatedEvent } from '@imis/contracts';
import { today } from '@imis/kernel';
import { recordEvent } from '@imis/messaging';
import { InjectIdentityEnv } from '../../../config/identity-env.module';
import type { IdentityEnv } from '../../../config/identity.config';
import { PasswordCredentials } from '../../authentication';
import { IMIS_ADMINISTRATOR_ROLE_ID } from '../domain/system-role-ids';
import { checkUsername } from '../domain/username';
import { AppUser } from '../infrastructure/app-user.entity';
import { isUsernameTaken } from './user/user-records';
import { userState } from './user/user.view';

export type FirstBootOutcome = 'created' | 'exists' | 'not-configured' | 'refused';

/**
 * First boot: creates the administrator named by IMIS_ADMIN_USERNAME / IMIS_ADMIN_PASSWORD when no current
 * user has that name. There is no built-in default password; the password is never logged. Two instances
 * booting together are safe: the unique username index lets one of them win.
 */
@Injectable()
export class FirstBootAdministrator implements OnApplicationBootstrap {
  private readonly logger = new Logger('FirstBoot');

  constructor(
    private readonly em: EntityManager,
    private readonly credentials: PasswordCredentials,
    @InjectIdentityEnv() private readonly env: Pick<IdentityEnv, 'IMIS_ADMIN_USERNAME' | 'IMIS_ADMIN_PASSWORD'>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.run();
  }

  async run(): Promise<FirstBootOutcome> {
    const { IMIS_ADMIN_USERNAME: username, IMIS_ADMIN_PASSWORD: password } = this.env;
    if (!username || !password) {
      const [{ count }] = await this.em.fork().execute<{ count: string }[]>('select count(*) from app_user');
      if (Number(count) === 0) {
        this.logger.warn('No user exists: set IMIS_ADMIN_USERNAME and IMIS_ADMIN_PASSWORD to create the first administrator');
      }
      return 'not-configured';
    }
    const name = checkUsername(username);
    if (!name.ok) {
      this.logger.error(`IMIS_ADMIN_USERNAME is not a valid username: ${name.errors[0].message}; no administrator created`);
      return 'refused';
    }
    try {
      return await this.em.fork().transactional(async (core) => {
        const tx = core as EntityManager;
        if (await isUsernameTaken(tx, name.value)) return 'exists';
        const user = tx.create(AppUser, {
          username: name.value,
          lastName: 'Administrator',
          otherNames: 'IMIS',
          activeFrom: today(),
          roleIds: [IMIS_ADMINISTRATOR_ROLE_ID],
          districtIds: [],
          changedBy: 'system',
        });
        await tx.flush();
        const weak = await this.credentials.set(tx, user, password);
        if (weak.length > 0) throw new PasswordRefused(weak.map((error) => error.message).join('; '));
        recordEvent(tx, createEvent(userCreatedEvent, { subject: user.id, data: userState(user) }));
        this.logger.log(`Created the administrator "${user.username}"`);
        return 'created';
      });
    } catch (error) {
      if (error instanceof PasswordRefused) {
        this.logger.error(`IMIS_ADMIN_PASSWORD does not meet the password policy (${error.message}); no administrator created`);
        return 'refused';
      }
      if (error instanceof UniqueConstraintViolationException) return 'exists'; // another instance created it meanwhile
      throw error;
    }
  }
}

class PasswordRefused extends Error {}
