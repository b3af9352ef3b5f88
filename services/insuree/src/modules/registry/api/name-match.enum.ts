import { graphqlEnumOf } from '@imis/graphql';
import type { NameMatch as NameMatchCode } from '../infrastructure/insuree-search.sql';

/** The search's name modes (its SQL's type), keyed so that a mode added there and not here fails the type check. */
const NAME_MATCHES = Object.keys({ CONTAINS: true, PREFIX: true } satisfies Record<NameMatchCode, true>) as NameMatchCode[];

export const NameMatch = graphqlEnumOf('NameMatch', NAME_MATCHES, {
  description: 'CONTAINS: the text anywhere in the full name; PREFIX: a word of the name starts with it. Both ignore case and accents.',
});
export type NameMatch = NameMatchCode;
