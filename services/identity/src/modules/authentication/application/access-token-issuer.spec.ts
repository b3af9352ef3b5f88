import { generateSigningKey, type AccessClaims, type SigningKeyJwk } from '@imis/auth';
import type { IdentityEnv } from '../../../config/identity.config';
import { SIGNER_REFRESH_SECONDS } from '../domain/signing-key-rotation';
import type { SigningKeyStore } from '../infrastructure/signing-key-store';
import { AccessTokenIssuer } from './access-token-issuer';

const claims: AccessClaims = { sub: '0190f7a4-1d2e-7c3b-8a9f-000000000001', username: 'amina', admin: false, rights: [], scope: { everywhere: true } };
const env = { AUTH_ISSUER: 'imis-identity', AUTH_AUDIENCE: 'imis', ACCESS_TOKEN_TTL_SECONDS: 900 } as IdentityEnv;

describe('AccessTokenIssuer', () => {
  let clock: jest.SpyInstance<number, []>;
  beforeEach(() => {
    clock = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
  });
  afterEach(() => clock.mockRestore());

  it('reads the signing key once, then again after the refresh period (a rotated key signs without a restart)', async () => {
    const [first, second] = await Promise.all([generateSigningKey(), generateSigningKey()]);
    let signing: SigningKeyJwk = first;
    const current = jest.fn(async () => signing);
    const issuer = new AccessTokenIssuer({ current } as unknown as SigningKeyStore, env);
    const kid = async () => JSON.parse(Buffer.from((await issuer.sign(claims)).token.split('.')[0], 'base64url').toString()).kid as string;

    expect(await kid()).toBe(first.kid);
    signing = second;
    clock.mockReturnValue(1_000_000 + SIGNER_REFRESH_SECONDS * 1000 - 1);
    expect(await kid()).toBe(first.kid);
    expect(current).toHaveBeenCalledTimes(1);
    clock.mockReturnValue(1_000_000 + SIGNER_REFRESH_SECONDS * 1000);
    expect(await kid()).toBe(second.kid);
    expect(current).toHaveBeenCalledTimes(2);
  });

  it('reads the key again on the next token when reading it failed', async () => {
    const key = await generateSigningKey();
    const current = jest.fn().mockRejectedValueOnce(new Error('database down')).mockResolvedValue(key);
    const issuer = new AccessTokenIssuer({ current } as unknown as SigningKeyStore, env);
    await expect(issuer.sign(claims)).rejects.toThrow('database down');
    await expect(issuer.sign(claims)).resolves.toMatchObject({ token: expect.any(String) });
    expect(current).toHaveBeenCalledTimes(2);
  });
});
