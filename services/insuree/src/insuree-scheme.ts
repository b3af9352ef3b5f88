import type { Type } from '@nestjs/common';
import type { CardLayout, CardOptions } from './modules/card';
import type { InsuranceNumberValidator } from './modules/insurance-number';

/**
 * What a country distribution swaps in the insuree service without editing it. Its own entry points pass
 * the same scheme to `createInsureeApp(env, scheme)` and `createInsureeWorker(env, scheme)`, so that the
 * API and the import workers check numbers and print cards alike.
 */
export interface InsureeScheme {
  /** Replaces the built-in rule INSURANCE_NUMBER_RULE names. */
  readonly insuranceNumberValidator?: Type<InsuranceNumberValidator>;
  /** The card design (StandardCardLayout by default); it may inject CARD_OPTIONS. */
  readonly cardLayout?: Type<CardLayout>;
  /** TrueType fonts covering the scheme's scripts (the built-in PDF fonts cover Latin-1 only). */
  readonly cardFonts?: CardOptions['fonts'];
}
