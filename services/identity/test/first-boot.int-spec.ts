import { Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceTestApp } from '@imis/testing';
import { FirstBootAdministrator } from '../src/modules/user/application/first-boot-administrator';
import { CreateFirstAdministrator } from '../src/modules/user/application/user/create-first-administrator.command';
import { IMIS_ADMINISTRATOR_ROLE_ID } from '../src/modules/user/domain/system-role-ids';
import { startIdentity } from './support/identity-test-app';

const PASSWORD = 'Boot-Admin-Secret-42';

describe('identity: first-boot administrator', () => {
  let identity: ServiceTestApp;

  beforeAll(async () => {
    identity = await startIdentity({ IMIS_ADMIN_USERNAME: 'boot.admin', IMIS_ADMIN_PASSWORD: PASSWORD });
  });
  afterAll(() => identity.close());

  const firstBoot = (username: string, password: string) =>
    new FirstBootAdministrator(identity.app.get(EntityManager), identity.app.get(CreateFirstAdministrator), {
      IMIS_ADMIN_USERNAME: username,
      IMIS_ADMIN_PASSWORD: password,
    });

  it('creates the administrator on boot, who can sign in as an IMIS Administrator', async () => {
    const users = await identity.query<{ username: string; role_ids: string[] }>('select username, role_ids from app_user');
    expect(users).toEqual([{ username: 'boot.admin', role_ids: [IMIS_ADMINISTRATOR_ROLE_ID] }]);
    const { login } = await identity.data(
      'mutation ($input: LoginInput!) { login(input: $input) { accessToken errors { code } } }',
      { input: { username: 'BOOT.ADMIN', password: PASSWORD } },
    );
    expect(login.errors).toEqual([]);
    const { me } = await identity.data('{ me { username isAdministrator } }', {}, { authorization: `Bearer ${login.accessToken}` });
    expect(me).toEqual({ username: 'boot.admin', isAdministrator: true });
  });

  it('creates it once: a second boot finds it', async () => {
    expect(await identity.app.get(FirstBootAdministrator).run()).toBe('exists');
    expect(await identity.counts(['app_user'])).toEqual({ app_user: 1 });
  });

  it('creates it once when two instances boot together', async () => {
    const outcomes = await Promise.all([firstBoot('race.admin', PASSWORD).run(), firstBoot('Race.Admin', PASSWORD).run()]);
    expect(outcomes.sort()).toEqual(['created', 'exists']);
    const [row] = await identity.query<{ count: string }>("select count(*) from app_user where lower(username) = 'race.admin'");
    expect(Number(row.count)).toBe(1);
  });

  it('does not create the administrator when its password fails the policy, and never logs the password', async () => {
    const errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      expect(await firstBoot('weak.admin', 'weakpass').run()).toBe('refused');
      const logged = errors.mock.calls.map((call) => String(call[0])).join('\n');
      expect(logged).toContain('IMIS_ADMIN_PASSWORD does not meet the password policy');
      expect(logged).not.toContain('weakpass');
    } finally {
      errors.mockRestore();
    }
    expect(await identity.query("select 1 from app_user where username = 'weak.admin'")).toEqual([]);
  });
});

describe('identity: first boot without administrator variables', () => {
  it('warns the operator to set them when there is no user at all, and creates nobody (empty values count as unset)', async () => {
    const warnings = jest.spyOn(Logger.prototype, 'warn');
    // What compose passes for `${IMIS_ADMIN_USERNAME:-}` once the variables are removed after the first boot.
    const identity = await startIdentity({ IMIS_ADMIN_USERNAME: '', IMIS_ADMIN_PASSWORD: '' });
    try {
      expect(warnings.mock.calls.map((call) => String(call[0]))).toContainEqual(expect.stringContaining('set IMIS_ADMIN_USERNAME and IMIS_ADMIN_PASSWORD'));
      expect(await identity.counts(['app_user', 'credential'])).toEqual({ app_user: 0, credential: 0 });
    } finally {
      warnings.mockRestore();
      await identity.close();
    }
  });
});
