import { graphqlEnumOf } from '@imis/graphql';
import { LOOKUP_KINDS, type LookupKind as LookupKindCode } from '../../../shared/domain/lookups';

/** Generated from the service's list of code lists. */
export const LookupKind = graphqlEnumOf('LookupKind', LOOKUP_KINDS, { description: 'The code lists of the registry' });
export type LookupKind = LookupKindCode;
