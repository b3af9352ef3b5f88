import { AccessTokenSigner } from './access-token.signer';
import type { AccessClaims } from './access-claims';
import { AuthenticationError } from './authentication.error';
import { generateSigningKey } from './signing-key';
import { DEFAULT_TOKEN_AUDIENCE } from './token-audience';
import { TokenVerifier } from './token-verifier';

const claims: AccessClaims = {
  sub: '0190f7a4-1d2e-7c3b-8a9f-000000000001',
  username: 'amina',
  admin: false,
  rights: [121101],
  scope: { everywhere: false, districtIds: ['0190f7a4-1d2e-7c3b-8a9f-0000000000d1'], villageIds: [] },
};

async function authority() {
  const key = await generateSigningKey();
  const signer = await AccessTokenSigner.create(key, DEFAULT_TOKEN_AUDIENCE, 900);
  const verifier = new TokenVerifier({ jwks: { keys: [key.publicJwk] } }, DEFAULT_TOKEN_AUDIENCE);
  return { signer, verifier };
}

async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AuthenticationError) return error.reason;
    throw error;
  }
  return 'ACCEPTED';
}

function tamper(token: string, change: (payload: Record<string, unknown>) => void): string {
  const [header, payload, signature] = token.split('.');
  const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  change(decoded);
  return [header, Buffer.from(JSON.stringify(decoded)).toString('base64url'), signature].join('.');
}

describe('TokenVerifier', () => {
  it('returns the user of a valid token', async () => {
    const { signer, verifier } = await authority();
    const user = await verifier.verify((await signer.sign(claims)).token);
    expect(user).toMatchObject({ id: claims.sub, username: 'amina', isAdministrator: false, scope: claims.scope });
    expect(user.hasAnyRight([121101, 121102])).toBe(true);
    expect(user.hasAnyRight([121701])).toBe(false);
  });

  it('refuses an expired token', async () => {
    const { signer, verifier } = await authority();
    const { token } = await signer.sign(claims, new Date(Date.now() - 3_600_000));
    expect(await reason(verifier.verify(token))).toBe('TOKEN_EXPIRED');
  });

  it('refuses a token signed by another key', async () => {
    const { verifier } = await authority();
    const other = await authority();
    expect(await reason(verifier.verify((await other.signer.sign(claims)).token))).toBe('TOKEN_INVALID');
  });

  it('refuses a token whose rights or scope were tampered with', async () => {
    const { signer, verifier } = await authority();
    const { token } = await signer.sign(claims);
    expect(await reason(verifier.verify(tamper(token, (payload) => (payload.rights = [121101, 121701]))))).toBe('TOKEN_INVALID');
    expect(await reason(verifier.verify(tamper(token, (payload) => (payload.admin = true))))).toBe('TOKEN_INVALID');
  });

  it('refuses an unsigned token (alg none) and garbage', async () => {
    const { signer, verifier } = await authority();
    const [, payload] = (await signer.sign(claims)).token.split('.');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'at+jwt' })).toString('base64url')}.${payload}.`;
    expect(await reason(verifier.verify(unsigned))).toBe('TOKEN_INVALID');
    expect(await reason(verifier.verify('not-a-token'))).toBe('TOKEN_INVALID');
  });

  it('refuses a token for another audience', async () => {
    const key = await generateSigningKey();
    const signer = await AccessTokenSigner.create(key, { issuer: 'imis-identity', audience: 'elsewhere' }, 900);
    const verifier = new TokenVerifier({ jwks: { keys: [key.publicJwk] } }, DEFAULT_TOKEN_AUDIENCE);
    expect(await reason(verifier.verify((await signer.sign(claims)).token))).toBe('TOKEN_INVALID');
  });

  it('tells an unreachable key set apart from a bad token', async () => {
    const { signer } = await authority();
    const verifier = new TokenVerifier({ jwksUrl: 'http://127.0.0.1:9/.well-known/jwks.json' }, DEFAULT_TOKEN_AUDIENCE);
    expect(await reason(verifier.verify((await signer.sign(claims)).token))).toBe('KEYS_UNAVAILABLE');
  });

  it('reads bearer headers and reports a missing token', async () => {
    const { verifier } = await authority();
    expect(TokenVerifier.bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(TokenVerifier.bearerToken('Basic dXNlcg==')).toBeNull();
    expect(await reason(verifier.verifyHeader(undefined))).toBe('TOKEN_MISSING');
  });
});
