/** UUIDs as one PostgreSQL array literal (`?::uuid[]`): the raw query bindings would spread a JS array into a list. */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}
