import { lookupCodes, type LookupKind } from '../../../shared/domain/lookups';

/** The schema description of a field holding a code of a lookup list, with the codes themselves. */
export function lookupDescription(kind: LookupKind, note = ''): string {
  return `Lookup ${kind} (lookups(kind: ${kind})): ${lookupCodes(kind).join(', ')}; any case${note ? `. ${note}` : ''}`;
}
