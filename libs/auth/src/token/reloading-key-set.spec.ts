import { errors, jwtVerify, type JSONWebKeySet } from 'jose';
import { AccessTokenSigner } from './access-token.signer';
import type { AccessClaims } from './access-claims';
import { AuthenticationError } from './authentication.error';
import { reloadingKeySet } from './reloading-key-set';
import { generateSigningKey, type SigningKeyJwk } from './signing-key';
import { DEFAULT_TOKEN_AUDIENCE } from './token-audience';
import { TokenVerifier } from './token-verifier';

const claims: AccessClaims = { sub: '0190f7a4-1d2e-7c3b-8a9f-000000000001', username: 'amina', admin: false, rights: [], scope: { everywhere: true } };

async function tokenOf(key: SigningKeyJwk): Promise<string> {
  return (await (await AccessTokenSigner.create(key, DEFAULT_TOKEN_AUDIENCE, 900)).sign(claims)).token;
}

describe('reloadingKeySet', () => {
  let first: SigningKeyJwk;
  let second: SigningKeyJwk;
  let published: SigningKeyJwk[];
  let clock: number;
  let loads: number;
  const load = async (): Promise<JSONWebKeySet> => {
    loads += 1;
    return { keys: published.map((key) => key.publicJwk) };
  };
  const keys = () => reloadingKeySet(load, { maxAgeMs: 60_000, cooldownMs: 1_000, now: () => clock });

  beforeAll(async () => {
    [first, second] = await Promise.all([generateSigningKey(), generateSigningKey()]);
  });
  beforeEach(() => {
    published = [first];
    clock = 1_000_000;
    loads = 0;
  });

  it('loads the keys once and verifies with them while they are fresh', async () => {
    const getKey = keys();
    const token = await tokenOf(first);
    await jwtVerify(token, getKey);
    clock += 59_000;
    await jwtVerify(token, getKey);
    expect(loads).toBe(1);
  });

  it('loads again for a key it does not know, at most once per cooldown', async () => {
    const getKey = keys();
    await jwtVerify(await tokenOf(first), getKey);
    published = [second, first];
    const rotated = await tokenOf(second);
    // Within the cooldown of the last load: refused without asking the source again.
    await expect(jwtVerify(rotated, getKey)).rejects.toBeInstanceOf(errors.JWKSNoMatchingKey);
    expect(loads).toBe(1);
    clock += 1_000;
    await expect(jwtVerify(rotated, getKey)).resolves.toMatchObject({ payload: { username: 'amina' } });
    expect(loads).toBe(2);
  });

  it('stops trusting a retired key once its keys are stale', async () => {
    const getKey = keys();
    const old = await tokenOf(first);
    await jwtVerify(old, getKey);
    published = [second];
    clock += 60_000;
    await expect(jwtVerify(old, getKey)).rejects.toBeInstanceOf(errors.JWKSNoMatchingKey);
    expect(loads).toBe(2);
  });

  it('makes the verifier answer KEYS_UNAVAILABLE when the keys cannot be loaded', async () => {
    const verifier = new TokenVerifier({ loadJwks: () => Promise.reject(new Error('connection refused')) }, DEFAULT_TOKEN_AUDIENCE, { rememberMs: 0 });
    const failure = await verifier.verify(await tokenOf(first)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AuthenticationError);
    expect((failure as AuthenticationError).reason).toBe('KEYS_UNAVAILABLE');
  });
});
