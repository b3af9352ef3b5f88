import { graphqlEnumOf } from '@imis/graphql';
import { LOOKUP_KINDS, type LookupKind as LookupKindCode } from '../../registry';

/** Generated from the registry's list of code lists. */
export const LookupKind = graphqlEnumOf('LookupKind', LOOKUP_KINDS, { description: 'The code lists of the registry' });
export type LookupKind = LookupKindCode;
