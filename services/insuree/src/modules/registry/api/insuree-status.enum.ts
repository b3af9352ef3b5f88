import { insureeStatusSchema, type InsureeStatusCode } from '@imis/contracts';
import { graphqlEnumOf } from '@imis/graphql';
import type { NameMatch as NameMatchCode } from '../infrastructure/insuree-search.sql';

/** Generated from the contract's status list; the values are the openIMIS codes, also exposed as `statusCode`. */
export const InsureeStatus = graphqlEnumOf('InsureeStatus', insureeStatusSchema.options, {
  description: 'openIMIS codes AC, IN, DE',
  names: { AC: 'ACTIVE', IN: 'INACTIVE', DE: 'DEAD' },
});
export type InsureeStatus = InsureeStatusCode;

export const NameMatch = graphqlEnumOf('NameMatch', ['CONTAINS', 'PREFIX'] as const satisfies readonly NameMatchCode[], {
  description: 'CONTAINS: the text anywhere in the full name; PREFIX: a word of the name starts with it. Both ignore case and accents.',
});
export type NameMatch = NameMatchCode;
