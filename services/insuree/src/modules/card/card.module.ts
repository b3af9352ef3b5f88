import { type DynamicModule, Module, type ModuleMetadata, type Provider, type Type } from '@nestjs/common';
import { CardKeysController } from './api/card-keys.controller';
import { MembershipCardResolver } from './api/membership-card.resolver';
import { CardHolderSource } from './application/card-holder.source';
import { CARD_LAYOUT, type CardLayout } from './application/card-layout';
import { CARD_OPTIONS, type CardOptions, DEFAULT_SCHEME_NAME } from './application/card-options';
import { MembershipCardIssuer } from './application/membership-card.issuer';
import { StandardCardLayout } from './application/standard-card.layout';
import { CardSigningKeyStore } from './infrastructure/card-signing-key.store';

export interface CardModuleOptions {
  /** The CardHolderSource implementation; one of `imports` must export it (or export CardHolderSource itself). */
  readonly holderSource: Type<CardHolderSource>;
  readonly imports?: ModuleMetadata['imports'];
  /** Printed at the top of the cards; "Health Insurance" by default. */
  readonly schemeName?: string;
  /** The scheme's card design; StandardCardLayout by default. It may inject CARD_OPTIONS. */
  readonly layout?: Type<CardLayout>;
  readonly fonts?: CardOptions['fonts'];
}

/** Membership cards (PDF with signed QR codes) and the public keys that verify them. Needs the CardSigningKey entity. */
@Module({})
export class CardModule {
  static forRoot(options: CardModuleOptions): DynamicModule {
    const cardOptions: CardOptions = { schemeName: options.schemeName ?? DEFAULT_SCHEME_NAME, fonts: options.fonts ?? null };
    const holderSource: Provider[] =
      options.holderSource === CardHolderSource ? [] : [{ provide: CardHolderSource, useExisting: options.holderSource }];
    return {
      module: CardModule,
      imports: options.imports ?? [],
      controllers: [CardKeysController],
      providers: [
        { provide: CARD_OPTIONS, useValue: cardOptions },
        { provide: CARD_LAYOUT, useClass: options.layout ?? StandardCardLayout },
        ...holderSource,
        CardSigningKeyStore,
        MembershipCardIssuer,
        MembershipCardResolver,
      ],
      exports: [CardSigningKeyStore],
    };
  }
}
