import { randomUUID } from 'node:crypto';
import {
  AccessTokenSigner,
  DEFAULT_TOKEN_AUDIENCE,
  EVERYWHERE,
  generateSigningKey,
  type LocationScope,
  type RightCode,
} from '@imis/auth';

export interface TestUser {
  readonly id?: string;
  readonly username?: string;
  readonly rights?: readonly RightCode[];
  readonly districtIds?: readonly string[];
  readonly villageIds?: readonly string[];
  readonly admin?: boolean;
}

/**
 * Stands in for the identity service in a service's own tests: its own signing key, its JWKS to hand to
 * the service under test (AUTH_JWKS), and tokens for any user. Identity's tests use the real thing.
 */
export class TestAuthority {
  private constructor(
    private readonly signer: AccessTokenSigner,
    readonly jwks: string,
  ) {}

  static async create(ttlSeconds = 900): Promise<TestAuthority> {
    const key = await generateSigningKey();
    return new TestAuthority(await AccessTokenSigner.create(key, DEFAULT_TOKEN_AUDIENCE, ttlSeconds), JSON.stringify({ keys: [key.publicJwk] }));
  }

  async token(user: TestUser, now?: Date): Promise<string> {
    const admin = user.admin ?? false;
    const scope: LocationScope = admin
      ? EVERYWHERE
      : { everywhere: false, districtIds: [...(user.districtIds ?? [])], villageIds: [...(user.villageIds ?? [])] };
    const signed = await this.signer.sign(
      { sub: user.id ?? randomUUID(), username: user.username ?? 'test-user', admin, rights: [...(user.rights ?? [])], scope },
      now,
    );
    return signed.token;
  }

  /** An IMIS Administrator's token. */
  administratorToken(): Promise<string> {
    return this.token({ username: 'admin', admin: true });
  }

  /** `{ authorization: 'Bearer …' }` for a request. */
  async headers(user: TestUser): Promise<{ authorization: string }> {
    return { authorization: `Bearer ${await this.token(user)}` };
  }
}
