/** Per-scheme settings of the cards (CardModule.forRoot). */
export interface CardOptions {
  /** Printed at the top of every card. */
  readonly schemeName: string;
  /**
   * TrueType fonts for the card's text (file paths or bytes). Without them the standard PDF fonts are used,
   * which only cover Latin-1: a scheme whose names use other scripts must give fonts that cover them.
   */
  readonly fonts?: { readonly regular: string | Buffer; readonly bold: string | Buffer } | null;
}

export const CARD_OPTIONS = Symbol('CARD_OPTIONS');

export const DEFAULT_SCHEME_NAME = 'Health Insurance';
