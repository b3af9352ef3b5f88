import { EntityManager } from '@mikro-orm/postgresql';
import { Global, Inject, Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { REQUIRED_RIGHTS, Right, type RequestUser } from '@imis/auth';
import { PUBLIC_ROUTE } from '@imis/observability';
import { CardKeysController } from './api/card-keys.controller';
import { MembershipCardResolver } from './api/membership-card.resolver';
import { CardHolderSource } from './application/card-holder.source';
import { CARD_LAYOUT, type CardLayout } from './application/card-layout';
import { CARD_OPTIONS, type CardOptions } from './application/card-options';
import { MembershipCardIssuer } from './application/membership-card.issuer';
import { StandardCardLayout } from './application/standard-card.layout';
import { CardModule } from './card.module';
import type { CardHolder } from './domain/card-holder';
import { generateCardKey } from './domain/card-key';
import { CardSigningKey } from './infrastructure/card-signing-key.entity';

const key = generateCardKey();
const keyRow = Object.assign(new CardSigningKey(), {
  kid: key.kid,
  publicJwk: key.publicKey.export({ format: 'jwk' }),
  createdAt: new Date('2026-11-24T08:00:00Z'),
  retiredAt: null,
});

/** Stands in for MikroORM: the card key store only forks, finds and (here) finds the one key. */
@Global()
@Module({
  providers: [
    {
      provide: EntityManager,
      useValue: {
        fork: () => ({
          find: async () => [keyRow],
          transactional: async () => ({ kid: key.kid, privateKey: key.privateKey }),
        }),
      },
    },
  ],
  exports: [EntityManager],
})
class FakeOrmModule {}

const holder: CardHolder = {
  insureeId: 'i1',
  insuranceNumber: '111111111',
  lastName: 'Doe',
  otherNames: 'Jane',
  birthDate: '1990-01-01',
  gender: 'F',
  familyId: null,
  isHead: true,
};

@Injectable()
class RegistryCardHolders extends CardHolderSource {
  async insuree(insureeId: string): Promise<CardHolder | null> {
    return insureeId === holder.insureeId ? holder : null;
  }
  async family(): Promise<CardHolder[]> {
    return [];
  }
}

@Module({ providers: [RegistryCardHolders], exports: [RegistryCardHolders] })
class RegistryModule {}

@Injectable()
class PlainLayout implements CardLayout {
  readonly pageSize = [300, 200] as const;
  readonly rendered: string[] = [];

  // A scheme's layout may read the module's options as the standard one does.
  constructor(@Inject(CARD_OPTIONS) readonly options: CardOptions) {}

  render(document: PDFKit.PDFDocument, cardHolder: CardHolder): void {
    this.rendered.push(cardHolder.insuranceNumber);
    document.text(`${this.options.schemeName} ${cardHolder.insuranceNumber}`, 10, 10);
  }
}

async function context(options: Partial<Parameters<typeof CardModule.forRoot>[0]> = {}) {
  @Module({ imports: [FakeOrmModule, CardModule.forRoot({ holderSource: RegistryCardHolders, imports: [RegistryModule], ...options })] })
  class AppModule {}
  return NestFactory.createApplicationContext(AppModule, { logger: false });
}

describe('CardModule', () => {
  it('wires the standard layout with the scheme name, and the holder source from the imported module', async () => {
    const app = await context({ schemeName: 'CHF Iliyoboreshwa' });
    expect(app.get(CARD_LAYOUT, { strict: false })).toBeInstanceOf(StandardCardLayout);
    expect(app.get<CardOptions>(CARD_OPTIONS, { strict: false }).schemeName).toBe('CHF Iliyoboreshwa');
    expect(app.get(CardHolderSource, { strict: false })).toBeInstanceOf(RegistryCardHolders);
    await app.close();
  });

  it("renders with the scheme's own layout when one is given", async () => {
    const app = await context({ layout: PlainLayout, schemeName: 'Scheme X' });
    const layout = app.get<PlainLayout>(CARD_LAYOUT, { strict: false });
    expect(layout).toBeInstanceOf(PlainLayout);
    const file = await app.get(MembershipCardIssuer, { strict: false }).insureeCard('i1', {} as RequestUser);
    expect(file).toMatchObject({ fileName: 'membership-card-111111111.pdf', pagesCount: 1 });
    expect(file?.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(layout.rendered).toEqual(['111111111']);
    await app.close();
  });

  it('publishes the public keys as JWKs, without sign-in', async () => {
    const app = await context();
    const controller = app.get(CardKeysController, { strict: false });
    expect(await controller.cardKeys()).toEqual({
      format: 'IMIS1',
      keys: [
        {
          kty: 'OKP',
          crv: 'Ed25519',
          kid: key.kid,
          x: keyRow.publicJwk.x,
          alg: 'EdDSA',
          use: 'sig',
          createdAt: '2026-11-24T08:00:00.000Z',
          retiredAt: null,
        },
      ],
    });
    expect(Reflect.getMetadata(PUBLIC_ROUTE, CardKeysController.prototype.cardKeys)).toBe(true);
    await app.close();
  });

  it('exposes the card queries, each needing insuree search or enquire', async () => {
    const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
    const sdl = printSchema(await app.get(GraphQLSchemaFactory).create([MembershipCardResolver]));
    await app.close();
    expect(sdl).toContain('insureeCard(insureeId: ID!): MembershipCard\n');
    expect(sdl).toContain('familyCards(familyId: ID!): MembershipCard\n');
    expect(sdl).toContain('cardVerificationKeys: [CardVerificationKey!]!');
    expect(sdl).toMatch(/type CardVerificationKey \{[^}]*kid: String!\s+[^}]*x: String!\s+[^}]*algorithm: String!\s+createdAt: DateTime!\s+[^}]*retiredAt: DateTime\n/);
    expect(sdl).toMatch(/type MembershipCard \{[^}]*fileName: String!\s+[^}]*contentType: String!\s+pagesCount: Int!\s+[^}]*contentBase64: String!/);
    for (const query of ['insureeCard', 'familyCards', 'cardVerificationKeys'] as const) {
      expect(Reflect.getMetadata(REQUIRED_RIGHTS, MembershipCardResolver.prototype[query])).toEqual([Right.InsureeEnquire, Right.InsureeSearch]);
    }
  });
});
