import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '@imis/auth';
import { CARD_PAYLOAD_PREFIX } from '../domain/card-payload';
import { CardSigningKeyStore } from '../infrastructure/card-signing-key.store';
import { toCardKeyJwk } from './membership-card.mapper';

/** The public card keys, for facility apps to download and verify cards offline (no sign-in). */
@Controller('.well-known')
export class CardKeysController {
  constructor(private readonly keys: CardSigningKeyStore) {}

  @Public()
  @Get('card-keys.json')
  @Header('Cache-Control', 'public, max-age=3600')
  async cardKeys(): Promise<{ format: string; keys: ReturnType<typeof toCardKeyJwk>[] }> {
    return { format: CARD_PAYLOAD_PREFIX, keys: (await this.keys.verificationKeys()).map(toCardKeyJwk) };
  }
}
