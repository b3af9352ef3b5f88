import { Injectable } from '@nestjs/common';
import { AccessTokenSigner, type AccessClaims, type SignedAccessToken } from '@imis/auth';
import { InjectIdentityEnv } from '../../../config/identity-env.module';
import type { IdentityEnv } from '../../../config/identity.config';
import { SigningKeyStore } from '../infrastructure/signing-key-store';

/** Signs access tokens with the newest signing key, read on first use (so building the schema needs no database). */
@Injectable()
export class AccessTokenIssuer {
  private signer?: Promise<AccessTokenSigner>;

  constructor(
    private readonly keys: SigningKeyStore,
    @InjectIdentityEnv() private readonly env: IdentityEnv,
  ) {}

  async sign(claims: AccessClaims, now?: Date): Promise<SignedAccessToken> {
    this.signer ??= this.createSigner();
    try {
      return (await this.signer).sign(claims, now);
    } catch (error) {
      this.signer = undefined;
      throw error;
    }
  }

  private async createSigner(): Promise<AccessTokenSigner> {
    const audience = { issuer: this.env.AUTH_ISSUER, audience: this.env.AUTH_AUDIENCE };
    return AccessTokenSigner.create(await this.keys.current(), audience, this.env.ACCESS_TOKEN_TTL_SECONDS);
  }
}
