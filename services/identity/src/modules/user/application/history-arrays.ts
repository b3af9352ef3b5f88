/**
 * History rows keep array columns as the database wrote them: PostgreSQL array literals ("{a,b}").
 * Our arrays hold only UUIDs and integers, so no element is quoted.
 */
export function arrayFromHistory(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string' || value === '{}' || value === '') return [];
  return value.replace(/^\{|\}$/g, '').split(',');
}
