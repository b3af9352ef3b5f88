const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from clients: one that is not a UUID cannot exist, and must not reach PostgreSQL as one. */
export function isUuid(value: string | null | undefined): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** A `contains` pattern for (i)like, with the caller's wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** A PostgreSQL array literal of UUIDs, for a `?::uuid[]` parameter. */
export function uuidArrayLiteral(ids: readonly string[]): string {
  if (!ids.every(isUuid)) throw new Error('uuidArrayLiteral: not a list of UUIDs');
  return `{${ids.join(',')}}`;
}
