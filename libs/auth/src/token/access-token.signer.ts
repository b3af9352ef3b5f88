import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { AccessClaims } from './access-claims';
import { ACCESS_TOKEN_ALGORITHM, importPrivateKey, type SigningKeyJwk } from './signing-key';
import type { TokenAudience } from './token-audience';

export interface SignedAccessToken {
  readonly token: string;
  readonly expiresAt: Date;
}

/** Signs short-lived access tokens (EdDSA JWT) with one key; identity holds it, tests make their own. */
export class AccessTokenSigner {
  private constructor(
    private readonly kid: string,
    private readonly key: Awaited<ReturnType<typeof importPrivateKey>>,
    private readonly audience: TokenAudience,
    private readonly ttlSeconds: number,
  ) {}

  static async create(key: SigningKeyJwk, audience: TokenAudience, ttlSeconds: number): Promise<AccessTokenSigner> {
    return new AccessTokenSigner(key.kid, await importPrivateKey(key), audience, ttlSeconds);
  }

  async sign({ sub, ...claims }: AccessClaims, now = new Date()): Promise<SignedAccessToken> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = issuedAt + this.ttlSeconds;
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, kid: this.kid, typ: 'at+jwt' })
      .setSubject(sub)
      .setIssuer(this.audience.issuer)
      .setAudience(this.audience.audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .setJti(randomUUID())
      .sign(this.key);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }
}
