import { priceListKindSchema } from '@imis/contracts';

/** ITEMS: a list pricing medical items; SERVICES: medical services (the event contract's list). */
export const PRICE_LIST_KINDS = priceListKindSchema.options;
export type PriceListKind = (typeof PRICE_LIST_KINDS)[number];

/** Longest name of a price list. */
export const PRICE_LIST_NAME_MAX_LENGTH = 100;

/**
 * Most detail rows in one list: its created/updated event carries them all and must stay under the outbox's
 * event size (about 90 bytes per row at worst).
 */
export const PRICE_LIST_MAX_DETAILS = 7_000;

/** The detail field naming the priced entry in inputs and events: `itemId` or `serviceId`. */
export function entryField(kind: PriceListKind): 'itemId' | 'serviceId' {
  return kind === 'ITEMS' ? 'itemId' : 'serviceId';
}
