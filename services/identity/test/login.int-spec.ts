import { AccessTokenSigner, DEFAULT_TOKEN_AUDIENCE, TokenVerifier, generateSigningKey } from '@imis/auth';
import type { ServiceTestApp } from '@imis/testing';
import type { JSONWebKeySet } from 'jose';
import { SigningKeyStore } from '../src/modules/authentication/infrastructure/signing-key-store';
import { bearer, createUser, GOOD_PASSWORD, login, LOGIN, startAuthWorld, type AuthWorld, type SeededUser } from './support/auth-fixtures';

const ME = '{ rights { code } }';

describe('identity: login, access tokens and lockout', () => {
  let world: AuthWorld;
  let identity: ServiceTestApp;
  let admin: SeededUser;
  let clerk: SeededUser;

  beforeAll(async () => {
    world = await startAuthWorld({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCKOUT_MINUTES: '15' });
    identity = world.identity;
    admin = world.admin;
    clerk = await createUser(world, { username: 'clerk', roleBits: [8] });
  });
  afterAll(() => identity.close());

  const attempt = async (username: string, password: string) =>
    (await identity.data(LOGIN, { input: { username, password, clientMutationId: 'c1' } })).login;

  it('signs in and returns tokens that identity and a TokenVerifier on its JWKS accept, with the user claims', async () => {
    const payload = await attempt('clerk', GOOD_PASSWORD);
    expect(payload).toMatchObject({ errors: [], clientMutationId: 'c1' });
    expect(payload.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Date(payload.expiresAt).getTime()).toBeGreaterThan(Date.now() + 800_000);
    expect(new Date(payload.refreshExpiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);

    expect((await identity.data(ME, {}, bearer(payload.accessToken))).rights.length).toBeGreaterThan(100);

    const jwks = (await (await fetch(`${identity.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
    const user = await new TokenVerifier({ jwks }, DEFAULT_TOKEN_AUDIENCE).verify(payload.accessToken);
    expect(user).toMatchObject({ id: clerk.id, username: 'clerk', isAdministrator: false, scope: { everywhere: false, districtIds: [world.districtId], villageIds: [] } });
    expect(user.hasAnyRight([101001])).toBe(true);
    expect(user.hasAnyRight([121701])).toBe(false);
  });

  it('matches usernames case-insensitively and gives the administrator scope everywhere', async () => {
    const { accessToken } = await login(identity, 'ADMINISTRATOR', admin.password);
    const jwks = (await (await fetch(`${identity.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
    const user = await new TokenVerifier({ jwks }, DEFAULT_TOKEN_AUDIENCE).verify(accessToken);
    expect(user).toMatchObject({ id: admin.id, username: 'administrator', isAdministrator: true, scope: { everywhere: true } });
  });

  it('publishes the JWKS without a token, cacheable for 5 minutes, public keys only', async () => {
    const response = await fetch(`${identity.url}/.well-known/jwks.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('max-age=300');
    const { keys } = (await response.json()) as JSONWebKeySet;
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    expect(keys[0]).not.toHaveProperty('d');
  });

  it('answers a wrong password and an unknown user with the same error, and stores no password anywhere', async () => {
    const wrong = await attempt('administrator', 'Not-the-password-1');
    const unknown = await attempt('nobody-here', 'Not-the-password-1');
    expect(wrong).toMatchObject({ accessToken: null, refreshToken: null, expiresAt: null });
    expect(wrong.errors).toEqual([{ code: 'INVALID_CREDENTIALS', message: 'Wrong username or password', field: null }]);
    expect(unknown.errors).toEqual(wrong.errors);
    const [credential] = await identity.query<{ password_hash: string }>('select password_hash from credential where user_id = $1', [admin.id]);
    expect(credential.password_hash).toMatch(/^\$argon2id\$/);
    await login(identity, 'administrator', admin.password); // resets the counter for later tests
  });

  it('refuses a user outside its active window like a wrong password', async () => {
    const former = await createUser(world, { username: 'former' });
    await identity.query("update app_user set active_from = '2019-01-01', active_to = '2020-01-01' where id = $1", [former.id]);
    expect((await attempt('former', former.password)).errors).toEqual([
      { code: 'INVALID_CREDENTIALS', message: 'Wrong username or password', field: null },
    ]);
  });

  it('locks a username after 3 failures in a row, even for the right password; a success resets the count', async () => {
    const user = await createUser(world, { username: 'locky' });
    await attempt('locky', 'Wrong-password-1');
    await attempt('locky', 'Wrong-password-1');
    await login(identity, 'locky', user.password);
    await attempt('locky', 'Wrong-password-1');
    await attempt('locky', 'Wrong-password-1');
    expect((await attempt('LOCKY', 'Wrong-password-1')).errors[0].code).toBe('INVALID_CREDENTIALS');
    const locked = await attempt('locky', user.password);
    expect(locked.accessToken).toBeNull();
    expect(locked.errors[0]).toMatchObject({ code: 'ACCOUNT_LOCKED', message: expect.stringContaining('15 minutes') });

    await identity.query("update login_throttle set locked_until = now() - interval '1 second' where username = 'locky'");
    await login(identity, 'locky', user.password);
  });

  it('locks unknown usernames the same way, so a lock reveals nothing', async () => {
    for (let i = 0; i < 3; i++) expect((await attempt('Ghost', 'Wrong-password-1')).errors[0].code).toBe('INVALID_CREDENTIALS');
    expect((await attempt('ghost', 'Wrong-password-1')).errors[0].code).toBe('ACCOUNT_LOCKED');
    expect(await identity.query('select failures from login_throttle where username = $1', ['ghost'])).toEqual([{ failures: 3 }]);
  });

  it('counts concurrent failures without losing any', async () => {
    await Promise.all(Array.from({ length: 6 }, () => attempt('racer', 'Wrong-password-1')));
    const [row] = await identity.query<{ failures: number; locked_until: Date | null }>('select failures, locked_until from login_throttle where username = $1', ['racer']);
    // Attempts that saw the lock were refused before counting; the others all counted.
    expect(row.failures).toBeGreaterThanOrEqual(3);
    expect(row.locked_until).not.toBeNull();
  });

  it('refuses an expired access token', async () => {
    const signerKey = await identity.query<{ kid: string; private_jwk: object; public_jwk: object }>('select kid, private_jwk, public_jwk from signing_key');
    const key = { kid: signerKey[0].kid, privateJwk: signerKey[0].private_jwk, publicJwk: signerKey[0].public_jwk };
    const signer = await AccessTokenSigner.create(key, DEFAULT_TOKEN_AUDIENCE, 900);
    const claims = { sub: admin.id, username: 'administrator', admin: true, rights: [], scope: { everywhere: true as const } };
    const expired = await signer.sign(claims, new Date(Date.now() - 3_600_000));
    const response = await identity.graphql(ME, {}, bearer(expired.token));
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });
    expect((await identity.graphql(ME, {}, bearer((await signer.sign(claims)).token))).errors).toBeUndefined();
  });

  it('refuses a token signed by another key', async () => {
    const signer = await AccessTokenSigner.create(await generateSigningKey(), DEFAULT_TOKEN_AUDIENCE, 900);
    const forged = await signer.sign({ sub: admin.id, username: 'administrator', admin: true, rights: [], scope: { everywhere: true } });
    const response = await identity.graphql(ME, {}, bearer(forged.token));
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
  });

  it('refuses a token whose rights were tampered with', async () => {
    const { accessToken } = await login(identity, 'clerk', clerk.password);
    const [header, payload, signature] = accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    claims.rights = [121701];
    claims.admin = true;
    const tampered = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
    const response = await identity.graphql(ME, {}, bearer(tampered));
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
  });

  it('generates a single signing key when instances start together and none is current', async () => {
    const [{ kid: original }] = await identity.query<{ kid: string }>('select kid from signing_key');
    await identity.query('update signing_key set retired_at = now()');
    try {
      const store = identity.app.get(SigningKeyStore);
      const keys = await Promise.all(Array.from({ length: 5 }, () => store.current()));
      expect(new Set(keys.map((key) => key.kid)).size).toBe(1);
      expect(await identity.query('select kid from signing_key where retired_at is null')).toEqual([{ kid: keys[0].kid }]);
    } finally {
      await identity.query('delete from signing_key where kid <> $1', [original]);
      await identity.query('update signing_key set retired_at = null');
    }
  });

  it('publishes the password policy without a token', async () => {
    expect(await identity.data('{ passwordPolicy { minLength minCharacterClasses } }')).toEqual({
      passwordPolicy: { minLength: 10, minCharacterClasses: 3 },
    });
  });

  it('reports Redis in readiness and login figures in the metrics', async () => {
    const ready = (await (await fetch(`${identity.url}/health/ready`)).json()) as { info?: Record<string, { status: string }> };
    expect(JSON.stringify(ready)).toContain('redis');
    const metrics = await (await fetch(`${identity.url}/metrics`)).text();
    expect(metrics).toMatch(/login_seconds_count\{[^}]*\} \d+/);
    expect(metrics).toMatch(/login_failures_total\{[^}]*reason="invalid_credentials"[^}]*\} \d+/);
    expect(metrics).not.toContain(GOOD_PASSWORD);
  });
});
