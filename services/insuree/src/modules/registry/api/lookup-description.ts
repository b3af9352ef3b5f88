import { lookupCodes, type LookupKind } from '../../../shared/domain/lookups';

/** The schema description of an output field holding a code of a lookup list, with the codes themselves. */
export function lookupCodesDescription(kind: LookupKind, note = ''): string {
  return `Lookup ${kind} (lookups(kind: ${kind})): ${lookupCodes(kind).join(', ')}${note ? `. ${note}` : ''}`;
}

/** The same for an input or filter field, which takes the codes in any case. */
export function lookupDescription(kind: LookupKind, note = ''): string {
  return lookupCodesDescription(kind, `Any case${note ? `. ${note}` : ''}`);
}
