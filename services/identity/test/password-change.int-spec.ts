import type { ServiceTestApp } from '@imis/testing';
import { bearer, createUser, login, LOGIN, REFRESH, startAuthWorld, type AuthWorld } from './support/auth-fixtures';

const CHANGE = `mutation ($input: ChangePasswordInput!) {
  changePassword(input: $input) { changed errors { code message field } clientMutationId }
}`;

describe('identity: changing one’s password', () => {
  let world: AuthWorld;
  let identity: ServiceTestApp;

  beforeAll(async () => {
    world = await startAuthWorld();
    identity = world.identity;
  });
  afterAll(() => identity.close());

  it('refuses a wrong current password, an unchanged one and a weak one, writing nothing', async () => {
    const user = await createUser(world, { username: 'halima' });
    const { accessToken } = await login(identity, user.username, user.password);
    const [before] = await identity.query('select password_hash from credential where user_id = $1', [user.id]);
    const change = async (currentPassword: string, newPassword: string) =>
      (await identity.data(CHANGE, { input: { currentPassword, newPassword } }, bearer(accessToken))).changePassword;

    expect(await change('Wrong-password-9', 'Another-Good-One-7')).toMatchObject({
      changed: false,
      errors: [{ code: 'WRONG_PASSWORD', field: 'currentPassword' }],
    });
    expect((await change(user.password, user.password)).errors).toEqual([expect.objectContaining({ code: 'PASSWORD_UNCHANGED' })]);
    const weak = await change(user.password, 'halima');
    expect(weak.errors.map((error: { code: string }) => error.code)).toEqual(['PASSWORD_TOO_WEAK', 'PASSWORD_TOO_WEAK', 'PASSWORD_TOO_WEAK']);
    expect(weak.errors[0]).toMatchObject({ field: 'newPassword', message: expect.stringContaining('at least 10 characters') });
    expect(await identity.query('select password_hash from credential where user_id = $1', [user.id])).toEqual([before]);
  });

  it('changes the password: the new one works, the old one not, and every refresh token of the user is revoked', async () => {
    const user = await createUser(world, { username: 'juma' });
    const phone = await login(identity, user.username, user.password);
    const laptop = await login(identity, user.username, user.password);
    const result = await identity.data(
      CHANGE,
      { input: { currentPassword: user.password, newPassword: 'Serengeti-Plains-42', clientMutationId: 'pw-1' } },
      bearer(laptop.accessToken),
    );
    expect(result.changePassword).toEqual({ changed: true, errors: [], clientMutationId: 'pw-1' });

    for (const session of [phone, laptop]) {
      const refreshed = await identity.data(REFRESH, { input: { refreshToken: session.refreshToken } });
      expect(refreshed.refreshToken.errors[0].code).toBe('INVALID_REFRESH_TOKEN');
    }
    const old = await identity.data(LOGIN, { input: { username: 'juma', password: user.password } });
    expect(old.login.errors[0].code).toBe('INVALID_CREDENTIALS');
    await login(identity, 'juma', 'Serengeti-Plains-42');
    const [{ password_hash }] = await identity.query<{ password_hash: string }>('select password_hash from credential where user_id = $1', [user.id]);
    expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });

  it('needs a signed-in caller', async () => {
    const response = await identity.graphql(CHANGE, { input: { currentPassword: 'a', newPassword: 'b' } });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
