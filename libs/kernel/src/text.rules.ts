/** Trims a text input; blank becomes null so optional texts are stored as "absent", never as "". */
export function trimmedOrNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function isNonNegativeInteger(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

/** Why a text cannot be stored as sent in PostgreSQL's UTF-8 `text`: NUL is refused, and half a surrogate pair has no UTF-8 form. */
export type UnstorableText = 'NUL_CHARACTER' | 'LONE_SURROGATE';

/** What makes a text unstorable, or null (two native scans: fast on megabytes). */
export function unstorableText(value: string): UnstorableText | null {
  if (value.indexOf('\u0000') >= 0) return 'NUL_CHARACTER';
  // String.prototype.isWellFormed (Node 20, ES2024): false when a surrogate is not part of a pair.
  if (!(value as string & { isWellFormed(): boolean }).isWellFormed()) return 'LONE_SURROGATE';
  return null;
}

/** The text with what PostgreSQL's `text` cannot hold taken out: NUL removed, half surrogate pairs replaced by U+FFFD (for text we did not receive as input, such as an error's message). */
export function storableText(value: string): string {
  return (value.replace(/\u0000/g, '') as string & { toWellFormed(): string }).toWellFormed();
}
