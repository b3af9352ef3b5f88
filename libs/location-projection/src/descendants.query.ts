import type { EntityManager } from '@mikro-orm/postgresql';

/** The given locations and every current location below them (one query on the GIN-indexed ancestors). */
export async function descendantsOf(em: EntityManager, locationIds: readonly string[]): Promise<string[]> {
  if (locationIds.length === 0) return [];
  const ids = `{${locationIds.join(',')}}`;
  const rows = await em.execute<{ id: string }[]>(
    'select id from projected_location where not deleted and (id = any(?::uuid[]) or ancestor_ids && ?::uuid[])',
    [ids, ids],
  );
  return rows.map((row) => row.id);
}
