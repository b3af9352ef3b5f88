import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '@imis/auth';
import type { JSONWebKeySet } from 'jose';
import { SigningKeyStore } from '../infrastructure/signing-key-store';

/** The public keys of access tokens, for the gateway and every service (TokenVerifier with AUTH_JWKS_URL). */
@Controller('.well-known')
export class JwksController {
  constructor(private readonly keys: SigningKeyStore) {}

  @Public()
  @Get('jwks.json')
  @Header('Cache-Control', 'public, max-age=300')
  async jwks(): Promise<JSONWebKeySet> {
    return { keys: await this.keys.publicKeys() };
  }
}
