import { Injectable } from '@nestjs/common';
import { AccessTokenSigner, type AccessClaims, type SignedAccessToken } from '@imis/auth';
import { InjectIdentityEnv } from '../../../config/identity-env.module';
import type { IdentityEnv } from '../../../config/identity.config';
import { SIGNER_REFRESH_SECONDS } from '../domain/signing-key-rotation';
import { SigningKeyStore } from '../infrastructure/signing-key-store';

/**
 * Signs access tokens with the signing key, read on first use (so building the schema needs no database)
 * and again every SIGNER_REFRESH_SECONDS, so that a rotated key signs without a restart.
 */
@Injectable()
export class AccessTokenIssuer {
  private signer?: { readonly loadedAt: number; readonly signer: Promise<AccessTokenSigner> };

  constructor(
    private readonly keys: SigningKeyStore,
    @InjectIdentityEnv() private readonly env: IdentityEnv,
  ) {}

  async sign(claims: AccessClaims, now?: Date): Promise<SignedAccessToken> {
    if (!this.signer || Date.now() - this.signer.loadedAt >= SIGNER_REFRESH_SECONDS * 1000) {
      this.signer = { loadedAt: Date.now(), signer: this.createSigner() };
    }
    const loaded = this.signer;
    try {
      return (await loaded.signer).sign(claims, now);
    } catch (error) {
      if (this.signer === loaded) this.signer = undefined;
      throw error;
    }
  }

  private async createSigner(): Promise<AccessTokenSigner> {
    const audience = { issuer: this.env.AUTH_ISSUER, audience: this.env.AUTH_AUDIENCE };
    return AccessTokenSigner.create(await this.keys.current(), audience, this.env.ACCESS_TOKEN_TTL_SECONDS);
  }
}
