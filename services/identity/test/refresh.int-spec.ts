import { AccessTokenSigner, DEFAULT_TOKEN_AUDIENCE, TokenVerifier } from '@imis/auth';
import type { ServiceTestApp } from '@imis/testing';
import type { JSONWebKeySet } from 'jose';
import { SigningKeyStore } from '../src/modules/authentication/infrastructure/signing-key-store';
import { accessClaimsOf, bearer, createUser, login, REFRESH, startAuthWorld, type AuthWorld, type SeededUser } from './support/auth-fixtures';

const LOGOUT = `mutation ($input: LogoutInput!) { logout(input: $input) { loggedOut errors { code message field } clientMutationId } }`;

describe('identity: refresh tokens and logout', () => {
  let world: AuthWorld;
  let identity: ServiceTestApp;
  let user: SeededUser;

  beforeAll(async () => {
    world = await startAuthWorld();
    identity = world.identity;
    user = await createUser(world, { username: 'refresher' });
  });
  afterAll(() => identity.close());

  const refresh = async (refreshToken: string) => (await identity.data(REFRESH, { input: { refreshToken } })).refreshToken;
  const errorCode = async (refreshToken: string) => (await refresh(refreshToken)).errors[0]?.code;

  it('rotates: a refresh returns a new access token and a new refresh token of the same session', async () => {
    const first = await login(identity, user.username, user.password);
    const second = await refresh(first.refreshToken);
    expect(second.errors).toEqual([]);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await identity.data('{ rights { code } }', {}, bearer(second.accessToken))).rights.length).toBeGreaterThan(0);
    const rows = await identity.query<{ family_id: string; used: boolean }>(
      'select family_id, used_at is not null as used from refresh_token where user_id = $1 order by created_at',
      [user.id],
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ used: true, family_id: rows[1].family_id });
    expect(rows[1].used).toBe(false);
    const stored = await identity.query<{ token_hash: string }>('select token_hash from refresh_token');
    expect(stored.map((row) => row.token_hash)).not.toContain(second.refreshToken);
    expect((await refresh(second.refreshToken)).errors).toEqual([]);
  });

  it('refreshes a caller that still sends its expired access token: the refresh token authenticates it', async () => {
    const first = await login(identity, user.username, user.password);
    const signer = await AccessTokenSigner.create(await identity.app.get(SigningKeyStore).current(), DEFAULT_TOKEN_AUDIENCE, 60);
    const { token: expired } = await signer.sign(accessClaimsOf(first.accessToken), new Date(Date.now() - 3600_000));
    expect((await identity.graphql('{ me { id } }', {}, bearer(expired))).errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });
    const { refreshToken } = await identity.data(REFRESH, { input: { refreshToken: first.refreshToken } }, bearer(expired));
    expect(refreshToken.errors).toEqual([]);
    expect(refreshToken.accessToken).toEqual(expect.any(String));
  });

  it('treats a reused refresh token as stolen: the whole session ends, its newest token too', async () => {
    const first = await login(identity, user.username, user.password);
    const second = await refresh(first.refreshToken);
    const reused = await refresh(first.refreshToken);
    expect(reused).toMatchObject({ accessToken: null, refreshToken: null });
    expect(reused.errors).toEqual([expect.objectContaining({ code: 'REFRESH_TOKEN_REUSED', field: 'refreshToken' })]);
    expect(await errorCode(second.refreshToken)).toBe('INVALID_REFRESH_TOKEN');
    // another session of the same user is not affected
    const other = await login(identity, user.username, user.password);
    expect((await refresh(other.refreshToken)).errors).toEqual([]);
  });

  it('lets exactly one of two concurrent refreshes of the same token succeed', async () => {
    const { refreshToken } = await login(identity, user.username, user.password);
    const results = await Promise.all([refresh(refreshToken), refresh(refreshToken)]);
    expect(results.filter((result) => result.errors.length === 0)).toHaveLength(1);
    expect(results.filter((result) => result.errors[0]?.code === 'REFRESH_TOKEN_REUSED')).toHaveLength(1);
  });

  it('refuses unknown, expired and revoked tokens alike', async () => {
    expect(await errorCode('not-a-token')).toBe('INVALID_REFRESH_TOKEN');
    const expired = await login(identity, user.username, user.password);
    await identity.query("update refresh_token set expires_at = now() - interval '1 second' where used_at is null and revoked_at is null");
    expect(await errorCode(expired.refreshToken)).toBe('INVALID_REFRESH_TOKEN');
  });

  it('puts the current claims of the user in the refreshed access token', async () => {
    const mover = await createUser(world, { username: 'mover', districtIds: [] });
    const { refreshToken } = await login(identity, mover.username, mover.password);
    await identity.query('update app_user set district_ids = $2::uuid[] where id = $1', [mover.id, [world.districtId]]);
    const refreshed = await refresh(refreshToken);
    const jwks = (await (await fetch(`${identity.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
    const claims = await new TokenVerifier({ jwks }, DEFAULT_TOKEN_AUDIENCE).verify(refreshed.accessToken);
    expect(claims.scope).toEqual({ everywhere: false, districtIds: [world.districtId], villageIds: [] });
  });

  it('ends the session when the user is no longer active', async () => {
    const leaver = await createUser(world, { username: 'leaver' });
    const { refreshToken } = await login(identity, leaver.username, leaver.password);
    await identity.query("update app_user set active_to = current_date - 1 where id = $1", [leaver.id]);
    expect(await errorCode(refreshToken)).toBe('INVALID_REFRESH_TOKEN');
    const [{ revoked }] = await identity.query<{ revoked: string }>(
      'select count(*) filter (where revoked_at is not null) as revoked from refresh_token where user_id = $1',
      [leaver.id],
    );
    expect(Number(revoked)).toBe(1);
  });

  it("logs out: the session's refresh tokens stop working; only the owner can end a session", async () => {
    const mine = await login(identity, user.username, user.password);
    const next = await refresh(mine.refreshToken);
    const other = await createUser(world, { username: 'other-user' });
    const theirs = await login(identity, other.username, other.password);

    const foreign = await identity.data(LOGOUT, { input: { refreshToken: next.refreshToken } }, bearer(theirs.accessToken));
    expect(foreign.logout).toMatchObject({ loggedOut: false, errors: [{ code: 'INVALID_REFRESH_TOKEN' }] });
    expect((await refresh(next.refreshToken)).errors).toEqual([]);

    const again = await login(identity, user.username, user.password);
    const out = await identity.data(LOGOUT, { input: { refreshToken: again.refreshToken, clientMutationId: 'out-1' } }, bearer(again.accessToken));
    expect(out.logout).toEqual({ loggedOut: true, errors: [], clientMutationId: 'out-1' });
    expect(await errorCode(again.refreshToken)).toBe('INVALID_REFRESH_TOKEN');
  });

  it('needs a signed-in caller to log out', async () => {
    const response = await identity.graphql(LOGOUT, { input: { refreshToken: 'x' } });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_MISSING' });
  });
});
