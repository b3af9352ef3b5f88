import { insureeStatusSchema, type InsureeStatusCode } from '@imis/contracts';
import { graphqlEnumOf } from '@imis/graphql';

/** Generated from the contract's status list; the values are the openIMIS codes, also exposed as `statusCode`. */
export const InsureeStatus = graphqlEnumOf('InsureeStatus', insureeStatusSchema.options, {
  description: 'openIMIS codes AC, IN, DE',
  names: { AC: 'ACTIVE', IN: 'INACTIVE', DE: 'DEAD' },
});
export type InsureeStatus = InsureeStatusCode;
