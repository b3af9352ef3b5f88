import { registerEnumType } from '@nestjs/graphql';

/** The enum values are the openIMIS codes; insurees also expose them as `statusCode`. */
export enum InsureeStatus {
  ACTIVE = 'AC',
  INACTIVE = 'IN',
  DEAD = 'DE',
}

export enum NameMatch {
  CONTAINS = 'CONTAINS',
  PREFIX = 'PREFIX',
}

registerEnumType(InsureeStatus, { name: 'InsureeStatus', description: 'openIMIS codes AC, IN, DE' });
registerEnumType(NameMatch, {
  name: 'NameMatch',
  description: 'CONTAINS: the text anywhere in the full name; PREFIX: a word of the name starts with it. Both ignore case and accents.',
});
