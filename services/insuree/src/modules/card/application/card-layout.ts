/// <reference types="pdfkit" />
import type { CardHolder } from '../domain/card-holder';

/** ID-1 (credit card): 85.6 × 54 mm, in PDF points. */
export const ID1_CARD_SIZE: readonly [number, number] = [(85.6 / 25.4) * 72, (54 / 25.4) * 72];

/**
 * Draws one card on the current page (already added, margins 0) of `document`. One implementation per
 * scheme design, provided under CARD_LAYOUT. Text must be drawn as text (not outlines) so cards stay searchable.
 * `holder.photo`, when there is one, is a JPEG the renderer re-encoded from the stored photo.
 */
export interface CardLayout {
  /** Width and height of a card page in points; ID-1 when absent. */
  readonly pageSize?: readonly [number, number];
  render(document: PDFKit.PDFDocument, holder: CardHolder, qrPng: Buffer): void;
}

export const CARD_LAYOUT = Symbol('CARD_LAYOUT');
