import { Logger } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import { toBuffer } from 'qrcode';
import { withinFaultBoundary } from '@imis/observability';
import type { CardHolder } from '../domain/card-holder';
import type { CardPrivateKey } from '../domain/card-key';
import { signCardPayload, type CardClaims } from '../domain/card-payload';
import { prepareCardPhoto } from '../infrastructure/sharp-card-photo.preparer';
import { ID1_CARD_SIZE, type CardLayout } from './card-layout';

export interface RenderCardsOptions {
  /** The issue date signed into the QR codes and the PDF's creation date; now when absent. */
  readonly issuedAt?: Date;
  readonly title?: string;
}

/** 4 pixels a module: about 270 pixels over the 25 mm code, the resolution of a card printer. */
const QR_SCALE = 4;
/**
 * The 4-module quiet zone QR readers expect around a code. With 1 module, text and the photo so close to
 * the code made about 1 card in 100 unreadable (rendered at 300 dpi and decoded with jsQR: 2 of 210
 * against 0 of 450 with 4), which also failed a card test now and then.
 */
const QR_QUIET_ZONE = 4;

const logger = new Logger('MembershipCards');

/** The PDF could not be produced (the request fails with this error; the process goes on). */
export class CardRenderingFailed extends Error {
  constructor(cause: unknown) {
    super(`The membership card PDF could not be rendered: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = 'CardRenderingFailed';
  }
}

/**
 * A PDF with one page per holder, in the order given, each with its own signed QR code. Photos reach the
 * layout re-encoded as JPEG (prepareCardPhoto); one that cannot be is left off its card, with a warning.
 * pdfkit decodes PNGs (the QR code, or whatever a layout embeds) in zlib callbacks, where a throw escapes
 * every try/catch: the document is written inside a fault boundary, so such an error fails this render
 * with CardRenderingFailed instead of reaching the process.
 */
export async function renderCards(
  holders: readonly CardHolder[],
  signingKey: CardPrivateKey,
  layout: CardLayout,
  options: RenderCardsOptions = {},
): Promise<Buffer> {
  if (holders.length === 0) throw new Error('renderCards needs at least one holder');
  const printable: CardHolder[] = [];
  // One at a time: a family's old photos are decoded one after the other, never all in memory at once.
  for (const holder of holders) printable.push(await withPrintablePhoto(holder));
  try {
    return await withinFaultBoundary(() => writeDocument(printable, signingKey, layout, options));
  } catch (error) {
    throw new CardRenderingFailed(error);
  }
}

async function withPrintablePhoto(holder: CardHolder): Promise<CardHolder> {
  if (!holder.photo) return holder;
  const prepared = await prepareCardPhoto(holder.photo);
  if ('photo' in prepared) return { ...holder, photo: prepared.photo };
  logger.warn(`The photo of insuree ${holder.insureeId} is left off the card: ${prepared.refused}`);
  return { ...holder, photo: null };
}

async function writeDocument(holders: readonly CardHolder[], signingKey: CardPrivateKey, layout: CardLayout, options: RenderCardsOptions): Promise<Buffer> {
  const issuedAt = options.issuedAt ?? new Date();
  const size = [...(layout.pageSize ?? ID1_CARD_SIZE)];
  const document = new PDFDocument({
    autoFirstPage: false,
    size,
    margin: 0,
    info: {
      Title: options.title ?? 'Membership cards',
      Creator: 'IMIS insuree service',
      Producer: 'IMIS insuree service',
      CreationDate: issuedAt,
      ModDate: issuedAt,
    },
  });
  const pdf = collect(document);
  // Awaited by the caller when the pages are drawn; a layout that throws leaves it unawaited.
  pdf.catch(() => undefined);
  try {
    for (const holder of holders) {
      const payload = signCardPayload(claimsOf(holder, issuedAt), signingKey);
      const qrPng = await toBuffer(payload, { errorCorrectionLevel: 'M', margin: QR_QUIET_ZONE, scale: QR_SCALE });
      document.addPage({ size, margin: 0 });
      layout.render(document, holder, qrPng);
    }
  } finally {
    document.end();
  }
  return pdf;
}

export function claimsOf(holder: CardHolder, issuedAt: Date): CardClaims {
  return {
    insuranceNumber: holder.insuranceNumber,
    lastName: holder.lastName,
    otherNames: holder.otherNames,
    birthDate: holder.birthDate,
    gender: holder.gender,
    issuedOn: issuedAt.toISOString().slice(0, 10),
  };
}

function collect(document: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
}
