import { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_TOKEN_AUDIENCE, TokenVerifier } from '@imis/auth';
import { runToCompletion } from '@imis/deployment';
import type { ServiceTestApp } from '@imis/testing';
import type { JSONWebKeySet } from 'jose';
import { runSigningKeyCommand } from '../src/modules/authentication';
import { bearer, login, startAuthWorld, type AuthWorld } from './support/auth-fixtures';
import { startIdentity } from './support/identity-test-app';

const ME = '{ me { username } }';

/** The key id in a token's header. */
function kidOf(token: string): string {
  return (JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()) as { kid: string }).kid;
}

describe('identity: signing-key rotation and retirement (npm run keys:rotate / keys:retire)', () => {
  let world: AuthWorld;
  let identity: ServiceTestApp;
  let other: ServiceTestApp | undefined;
  const ttl = { ACCESS_TOKEN_TTL_SECONDS: 900 };

  beforeAll(async () => {
    world = await startAuthWorld();
    identity = world.identity;
  });
  afterAll(async () => {
    await other?.close();
    await identity.close();
  });

  const keys = (...args: string[]) => runSigningKeyCommand(identity.app.get(EntityManager), ttl, args);
  const published = async () => ((await (await fetch(`${identity.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet).keys.map((key) => key.kid);
  /** As if `seconds` had passed: every key was published that much earlier. */
  const pass = (seconds: number) => identity.query('update signing_key set created_at = created_at - make_interval(secs => $1)', [seconds]);
  const signIn = async (app: ServiceTestApp) => (await login(app, world.admin.username, world.admin.password)).accessToken;

  it('publishes the rotated key at once, signs with it once published long enough, on another instance without a restart', async () => {
    const before = await signIn(identity);
    const original = kidOf(before);
    expect((await identity.data(ME, {}, bearer(before))).me.username).toBe(world.admin.username);

    const { report } = await keys('rotate');
    const rotated = report.kid as string;
    expect(new Date(report.signsFrom as string).getTime()).toBeGreaterThan(Date.now() + 50_000);
    expect(await published()).toEqual([rotated, original]);
    // Not published long enough: the original key still signs.
    expect(kidOf(await signIn(identity))).toBe(original);

    await pass(120);
    // A second instance on the same database signs with the rotated key; the first one trusts its tokens.
    other = await startIdentity({ DATABASE_NAME: identity.db.name });
    const after = await signIn(other);
    expect(kidOf(after)).toBe(rotated);
    // The first instance reads its keys again for an unknown key id (at most once a second).
    const accepted = await identity.eventually(async () => (await identity.graphql(ME, {}, bearer(after))).data?.me);
    expect(accepted.username).toBe(world.admin.username);
    expect((await other.data(ME, {}, bearer(before))).me.username).toBe(world.admin.username);
  });

  it('retires the superseded key only once the tokens it signed have expired, then no longer publishes it', async () => {
    const [signing, superseded] = await published();
    const early = await keys('retire');
    expect(early.report).toMatchObject({ signing, superseded: [superseded], retired: [] });
    expect(early.message).toContain('Not retired yet');
    expect(await published()).toEqual([signing, superseded]);

    // Past the switch-over on every instance (two minutes) and an access token's lifetime.
    await pass(1000);
    const due = await keys('retire');
    expect(due.report).toMatchObject({ signing, retired: [superseded] });
    expect(await published()).toEqual([signing]);
    expect(await identity.query('select kid from signing_key where retired_at is not null')).toEqual([{ kid: superseded }]);

    const jwks = (await (await fetch(`${identity.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
    const fresh = await signIn(other!);
    await expect(new TokenVerifier({ jwks }, DEFAULT_TOKEN_AUDIENCE).verify(fresh)).resolves.toMatchObject({ username: world.admin.username });
    expect((await keys('retire')).message).toBe('No key to retire: none is older than the signing key.');
  });

  it('retires at once with --force, and refuses unknown arguments', async () => {
    const [signing] = await published();
    const { report } = await keys('rotate');
    await pass(120);
    expect((await keys('retire')).report).toMatchObject({ signing: report.kid, retired: [] });
    expect((await keys('retire', '--force')).report).toMatchObject({ signing: report.kid, retired: [signing] });
    expect(await published()).toEqual([report.kid]);
    await expect(keys('turn')).rejects.toThrow('usage: keys.ts rotate | keys.ts retire [--force]');
    await expect(keys('rotate', '--force')).rejects.toThrow('usage');
  });

  it('runs as the command npm run keys:rotate runs, with the service’s environment', async () => {
    const result = await runToCompletion('services/identity/src/keys.ts', { ...process.env, ...identity.env }, ['rotate']);
    expect(result.stderr).toContain('Published signing key');
    expect(result.code).toBe(0);
    const { kid } = JSON.parse(result.stdout) as { kid: string };
    expect(await identity.query('select kid from signing_key where kid = $1 and retired_at is null', [kid])).toEqual([{ kid }]);
  });
});
