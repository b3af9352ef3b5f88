import { Inject, Injectable } from '@nestjs/common';
import type { CardGender, CardHolder } from '../domain/card-holder';
import { ID1_CARD_SIZE, type CardLayout } from './card-layout';
import { CARD_OPTIONS, type CardOptions } from './card-options';

const [WIDTH] = ID1_CARD_SIZE;
const MARGIN = 8;
const HEADER_HEIGHT = 26;
const BODY_TOP = HEADER_HEIGHT + 7;
const PHOTO = { x: MARGIN, y: BODY_TOP, width: 54, height: 72 };
/** 25 mm: modules of a version-12 code stay about 0.37 mm wide, which phone cameras read easily. */
const QR_SIZE = 71;
const QR = { x: WIDTH - MARGIN - QR_SIZE, y: PHOTO.y + PHOTO.height - QR_SIZE, size: QR_SIZE };
const TEXT = { x: PHOTO.x + PHOTO.width + 7, width: QR.x - (PHOTO.x + PHOTO.width + 7) - 5 };
const NAME_HEIGHT = 24;
const NUMBER_TOP = PHOTO.y + PHOTO.height + 6;

const INK = '#1a1a1a';
const MUTED = '#5f6368';
const BRAND = '#1f4e79';
const GENDERS: Record<CardGender, string> = { M: 'Male', F: 'Female', O: 'Other' };

interface Fonts {
  regular: string;
  bold: string;
}

/** The default card: scheme band, photo, name and details, the insurance number in large type, and the QR code. */
@Injectable()
export class StandardCardLayout implements CardLayout {
  readonly pageSize = ID1_CARD_SIZE;

  constructor(@Inject(CARD_OPTIONS) private readonly options: CardOptions) {}

  render(document: PDFKit.PDFDocument, holder: CardHolder, qrPng: Buffer): void {
    const fonts = this.fonts(document);
    this.header(document, fonts);
    this.photo(document, holder, fonts);
    this.details(document, holder, fonts);
    document.image(qrPng, QR.x, QR.y, { width: QR.size, height: QR.size });
    this.number(document, holder, fonts);
  }

  private fonts(document: PDFKit.PDFDocument): Fonts {
    const custom = this.options.fonts;
    if (!custom) return { regular: 'Helvetica', bold: 'Helvetica-Bold' };
    document.registerFont('card-regular', custom.regular);
    document.registerFont('card-bold', custom.bold);
    return { regular: 'card-regular', bold: 'card-bold' };
  }

  private header(document: PDFKit.PDFDocument, fonts: Fonts): void {
    document.rect(0, 0, WIDTH, HEADER_HEIGHT).fill(BRAND);
    document.fillColor('#ffffff');
    line(document, this.options.schemeName, fonts.bold, 10, MARGIN, 5, WIDTH - 2 * MARGIN);
    line(document, 'MEMBERSHIP CARD', fonts.regular, 6, MARGIN, 16.5, WIDTH - 2 * MARGIN);
  }

  private photo(document: PDFKit.PDFDocument, holder: CardHolder, fonts: Fonts): void {
    const { x, y, width, height } = PHOTO;
    const drawn = holder.photo ? this.photoImage(document, holder.photo.bytes) : false;
    if (!drawn) {
      document.rect(x, y, width, height).fill('#d9d9d9');
      document.fillColor(MUTED);
      line(document, holder.photo ? 'Photo unreadable' : 'No photo', fonts.regular, holder.photo ? 6 : 7, x, y + height / 2 - 4, width, 'center');
    }
    document.lineWidth(0.5).rect(x, y, width, height).stroke('#9e9e9e');
  }

  /**
   * False when the photo is not a JPEG pdfkit reads: the card is still printed, with the placeholder.
   * pdfkit copies a JPEG into the PDF as it is, reading its markers and throwing here when they are wrong;
   * a PNG it decodes itself, in a zlib callback where a corrupt row throws out of reach of any catch. The
   * renderer hands layouts JPEGs it re-encoded, and this layout embeds nothing else.
   */
  private photoImage(document: PDFKit.PDFDocument, bytes: Buffer): boolean {
    const { x, y, width, height } = PHOTO;
    if (!isJpeg(bytes)) return false;
    document.save();
    try {
      document.rect(x, y, width, height).clip();
      document.image(bytes, x, y, { cover: [width, height], align: 'center', valign: 'center' });
      return true;
    } catch {
      return false;
    } finally {
      document.restore();
    }
  }

  private details(document: PDFKit.PDFDocument, holder: CardHolder, fonts: Fonts): void {
    const name = `${holder.otherNames} ${holder.lastName}`.trim();
    document.font(fonts.bold).fillColor(INK);
    const nameSize = [9.5, 8.5, 7.5, 6.5, 6].find((size) => heightAt(document, name, size, TEXT.width) <= NAME_HEIGHT) ?? 6;
    document.fontSize(nameSize).text(name, TEXT.x, BODY_TOP, { width: TEXT.width, height: NAME_HEIGHT + 1, ellipsis: true, lineGap: 0 });
    let y = BODY_TOP + NAME_HEIGHT + 1;
    const rows: [string, string][] = [
      ['Date of birth', holder.birthDate],
      ['Gender', GENDERS[holder.gender]],
    ];
    if (holder.villageName) rows.push(['Village', holder.villageName]);
    for (const [label, value] of rows) {
      document.fillColor(MUTED);
      line(document, label, fonts.regular, 5.5, TEXT.x, y, TEXT.width);
      document.fillColor(INK);
      line(document, value, fonts.bold, 7.5, TEXT.x, y + 6.5, TEXT.width);
      y += 16;
    }
  }

  private number(document: PDFKit.PDFDocument, holder: CardHolder, fonts: Fonts): void {
    document.fillColor(MUTED);
    line(document, 'Insurance number', fonts.regular, 6, MARGIN, NUMBER_TOP, WIDTH - 2 * MARGIN);
    document.fillColor(INK);
    document.font(fonts.bold);
    const size = [18, 16, 14, 12, 10].find((candidate) => document.fontSize(candidate).widthOfString(holder.insuranceNumber, { characterSpacing: 1 }) <= WIDTH - 2 * MARGIN) ?? 10;
    line(document, holder.insuranceNumber, fonts.bold, size, MARGIN, NUMBER_TOP + 8, WIDTH - 2 * MARGIN, 'left', 1);
  }
}

function isJpeg(bytes: Buffer): boolean {
  return bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

/** One line of text, cut with an ellipsis when too wide (never wraps, so never adds a page). */
function line(
  document: PDFKit.PDFDocument,
  text: string,
  font: string,
  size: number,
  x: number,
  y: number,
  width: number,
  align: 'left' | 'center' = 'left',
  characterSpacing = 0,
): void {
  document.font(font).fontSize(size);
  const fitted = cut(document, text, width, characterSpacing);
  document.text(fitted, x, y, { width, align, characterSpacing, lineBreak: false });
}

function cut(document: PDFKit.PDFDocument, text: string, width: number, characterSpacing: number): string {
  const fits = (candidate: string) => document.widthOfString(candidate, { characterSpacing }) <= width;
  if (fits(text)) return text;
  const characters = [...text];
  while (characters.length > 0 && !fits(`${characters.join('').trimEnd()}\u2026`)) characters.pop();
  return `${characters.join('').trimEnd()}\u2026`;
}

function heightAt(document: PDFKit.PDFDocument, text: string, size: number, width: number): number {
  return document.fontSize(size).heightOfString(text, { width, lineGap: 0 });
}
