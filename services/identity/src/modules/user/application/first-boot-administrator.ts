import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { runUseCase } from '@imis/application';
import { InjectIdentityEnv } from '../../../config/identity-env.module';
import type { IdentityEnv } from '../../../config/identity.config';
import { checkUsername } from '../domain/username';
import { CreateFirstAdministrator } from './user/create-first-administrator.command';

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
    private readonly createAdministrator: CreateFirstAdministrator,
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
      const result = await runUseCase(this.em.fork(), this.createAdministrator, { username: name.value, password }, { actor: 'system' });
      if (result.errors.length > 0) {
        const broken = result.errors.map((error) => error.message).join('; ');
        this.logger.error(`IMIS_ADMIN_PASSWORD does not meet the password policy (${broken}); no administrator created`);
        return 'refused';
      }
      if (!result.created) return 'exists';
      this.logger.log(`Created the administrator "${result.username}"`);
      return 'created';
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) return 'exists'; // another instance created it meanwhile
      throw error;
    }
  }
}
