import { graphqlEnumOf } from '@imis/graphql';
import { PRICE_LIST_KINDS, type PriceListKind as PriceListKindCode } from '../domain/price-list-kind';

export const PriceListKind = graphqlEnumOf('PriceListKind', PRICE_LIST_KINDS, {
  description: 'ITEMS: a price list of medical items; SERVICES: of medical services',
});
export type PriceListKind = PriceListKindCode;

const PRICE_ORIGINS = ['PRICE_LIST', 'REGISTER'] as const;
export const PriceOrigin = graphqlEnumOf('PriceOrigin', PRICE_ORIGINS, {
  description: "Where an effective price comes from: the facility's price list override, or the register price",
});
export type PriceOrigin = (typeof PRICE_ORIGINS)[number];

const REFUSALS = ['NOT_IN_REGISTER', 'NOT_IN_PRICE_LIST'] as const;
export const EffectivePriceRefusal = graphqlEnumOf('EffectivePriceRefusal', REFUSALS, {
  description: 'Why an item or service has no price at a facility on a date (claim rejection reasons 1 and 2)',
  valueDescriptions: {
    NOT_IN_REGISTER: 'No current item (service) with that code may be claimed on that date',
    NOT_IN_PRICE_LIST: "The facility's list of that kind, applying on that date, has no row for it (or the facility has no such list)",
  },
});
export type EffectivePriceRefusal = (typeof REFUSALS)[number];
