import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { RequestUser } from '@imis/auth';
import type { CardHolderSource } from '../../src/modules/card/application/card-holder.source';
import { ID1_CARD_SIZE } from '../../src/modules/card/application/card-layout';
import { MembershipCardIssuer } from '../../src/modules/card/application/membership-card.issuer';
import { renderCards } from '../../src/modules/card/application/membership-card.renderer';
import { StandardCardLayout } from '../../src/modules/card/application/standard-card.layout';
import type { CardHolder } from '../../src/modules/card/domain/card-holder';
import { generateCardKey, publicKeyFromX, publicKeyX } from '../../src/modules/card/domain/card-key';
import { verifyCardPayload } from '../../src/modules/card/domain/card-payload';
import type { CardSigningKeyStore } from '../../src/modules/card/infrastructure/card-signing-key.store';
import { decodeQr, holder, PHOTO_COLOUR, photoPng, pixelsOf } from './card-fixtures';
import { rasterise, readPdf } from './pdf-reader';

describe('membership card PDF', () => {
  const key = generateCardKey();
  // What a facility app has: the published kid and x.
  const publishedKeys = new Map([[key.kid, publicKeyFromX(publicKeyX(key.publicKey))]]);
  const layout = new StandardCardLayout({ schemeName: 'Community Health Fund' });
  const issuedAt = new Date('2026-11-24T09:30:00Z');
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'insuree-card-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function pdfFile(name: string, pdf: Buffer): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, pdf);
    return path;
  }

  it('shows name, number, date of birth, the photo and a QR code that verifies with the published key', async () => {
    const photo = { bytes: photoPng(), contentType: 'image/png' as const };
    const pdf = await pdfFile('card.pdf', await renderCards([holder({ photo })], key, layout, { issuedAt, title: 'Membership card 070707070' }));

    const { pageCount, title, creationDate, pages } = await readPdf(pdf);
    expect({ pageCount, title, creationDate }).toEqual({ pageCount: 1, title: 'Membership card 070707070', creationDate: issuedAt });
    // ID-1 (85.60 × 53.98 mm) in points.
    expect(pages[0].width).toBeCloseTo(242.65, 1);
    expect(pages[0].height).toBeCloseTo(153.07, 1);

    const { text, images } = pages[0];
    for (const shown of ['Community Health Fund', 'Neema Grace Mwakyusa', '070707070', '1988-04-17', 'Female', 'Rachla']) expect(text).toContain(shown);
    expect(text).not.toContain('No photo');

    const png = await rasterise(pdf, 1);
    const payload = decodeQr(png);
    expect(payload).not.toBeNull();
    expect(verifyCardPayload(payload!, publishedKeys)).toEqual({
      valid: true,
      claims: {
        kid: key.kid,
        insuranceNumber: '070707070',
        lastName: 'Mwakyusa',
        otherNames: 'Neema Grace',
        birthDate: '1988-04-17',
        gender: 'F',
        issuedOn: '2026-11-24',
      },
    });

    // The photo is embedded as an image and painted: its colour covers most of the 54 × 72 pt photo box.
    expect(images.map(({ width, height }) => ({ width, height }))).toContainEqual({ width: 60, height: 80 });
    const photoBoxPixels = ((54 * 300) / 72) * ((72 * 300) / 72);
    expect(pixelsOf(png, PHOTO_COLOUR)).toBeGreaterThan(photoBoxPixels * 0.6);
  });

  it('prints Devanagari names, shaped, with the TrueType fonts a scheme gives (Noto Sans Devanagari)', async () => {
    const fonts = dirname(require.resolve('@expo-google-fonts/noto-sans-devanagari/package.json'));
    const nepali = new StandardCardLayout({
      schemeName: 'स्वास्थ्य बीमा बोर्ड',
      fonts: { regular: join(fonts, '400Regular/NotoSansDevanagari_400Regular.ttf'), bold: join(fonts, '700Bold/NotoSansDevanagari_700Bold.ttf') },
    });
    const sita = holder({ lastName: 'श्रेष्ठ', otherNames: 'सीता', villageName: 'काठमाडौं' });
    const pdf = await pdfFile('nepali.pdf', await renderCards([sita], key, nepali, { issuedAt, title: 'Membership card' }));

    // The conjuncts (श्र, ष्ठ) come back as written: the fonts are embedded with their Unicode map.
    const [{ text }] = (await readPdf(pdf)).pages;
    for (const shown of ['सीता श्रेष्ठ', 'MEMBERSHIP CARD', 'Date of birth', '070707070']) expect(text).toContain(shown);
    const payload = decodeQr(await rasterise(pdf, 1));
    expect(verifyCardPayload(payload!, publishedKeys)).toMatchObject({ valid: true, claims: { lastName: 'श्रेष्ठ', otherNames: 'सीता' } });
  });

  it('draws a placeholder when the insuree has no photo or an unreadable one', async () => {
    // A PNG with alpha whose pixel data is corrupt: pdfkit would throw asynchronously and crash the process.
    const damaged = photoPng();
    damaged.fill(0x55, damaged.indexOf('IDAT') + 6, damaged.indexOf('IDAT') + 40);
    const holders = [
      holder({ photo: null, villageName: null }),
      holder({ photo: { bytes: Buffer.from('not an image'), contentType: 'image/jpeg' } }),
      holder({ photo: { bytes: damaged, contentType: 'image/png' } }),
    ];
    // The layout alone, with a stand-in for the QR code (generating real ones is what takes time here).
    const pdf = await pdfFile('placeholders.pdf', await layoutOnly(holders, photoPng()));
    const texts = (await readPdf(pdf)).pages.map((page) => page.text);
    expect(texts).toHaveLength(3);
    expect(texts[0]).toContain('No photo');
    expect(texts[0]).not.toContain('Village');
    expect(texts[1]).toContain('Photo unreadable');
    expect(texts[2]).toContain('Photo unreadable');
  });

  function layoutOnly(holders: CardHolder[], qrPng: Buffer): Promise<Buffer> {
    const document = new PDFDocument({ autoFirstPage: false, margin: 0 });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise<Buffer>((resolve) => document.on('end', () => resolve(Buffer.concat(chunks))));
    for (const cardHolder of holders) {
      document.addPage({ size: [...ID1_CARD_SIZE], margin: 0 });
      layout.render(document, cardHolder, qrPng);
    }
    document.end();
    return ended;
  }

  it('renders a family card: one page per member, the head first, each QR carrying its own number', async () => {
    const familyId = 'a5d2c1f0-77b4-4b7e-8f0e-0d6c0c2f9e11';
    const members: CardHolder[] = [
      holder({ insureeId: 'child-1', insuranceNumber: '070707071', otherNames: 'Baraka', isHead: false, birthDate: '2012-02-03', gender: 'M' }),
      holder({ insureeId: 'child-2', insuranceNumber: '070707072', otherNames: 'Upendo', isHead: false, birthDate: '2015-06-30' }),
      holder({ insureeId: 'head', insuranceNumber: '070707070', otherNames: 'Juma', isHead: true, gender: 'M' }),
    ];
    const source: CardHolderSource = {
      insuree: async () => null,
      family: async (id) => (id === familyId ? members : []),
    };
    const store = { current: async () => key } as unknown as CardSigningKeyStore;
    const issuer = new MembershipCardIssuer(source, store, layout);
    const user = {} as RequestUser;

    expect(await issuer.familyCards('unknown', user, issuedAt)).toBeNull();
    expect(await issuer.insureeCard('unknown', user, issuedAt)).toBeNull();
    const file = await issuer.familyCards(familyId, user, issuedAt);
    expect(file).toMatchObject({ fileName: 'family-cards-070707070.pdf', contentType: 'application/pdf', pagesCount: 3 });

    const pdf = await pdfFile('family.pdf', file!.content);
    const { pageCount, pages } = await readPdf(pdf);
    expect(pageCount).toBe(3);
    const texts = pages.map((page) => page.text);
    expect(texts.map((text) => text.match(/\b0707070\d\d\b/)?.[0])).toEqual(['070707070', '070707071', '070707072']);
    expect(texts[0]).toContain('Juma Mwakyusa');

    // The QR codes among each page's embedded images, decoded as they are stored (the photo decodes to nothing).
    const numbers = pages.map((page) => {
      const [payload, ...others] = page.images.map((image) => decodeQr(image.png)).filter((code) => code !== null);
      const verification = payload === undefined || others.length > 0 ? null : verifyCardPayload(payload, publishedKeys);
      return verification?.valid ? verification.claims.insuranceNumber : verification;
    });
    expect(numbers).toEqual(['070707070', '070707071', '070707072']);
  });
});
