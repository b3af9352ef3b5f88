import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, uuidArrayLiteral } from '@imis/persistence';
import type { CatalogueKind } from '../domain/catalogue.errors';

// Arbitrary key of the transaction-scoped advisory lock of the catalogue's package graph.
const PACKAGE_GRAPH_LOCK = 4_004_001;

/**
 * Serialises the changes that read or change which packages hold what (package lines written, items and
 * services deleted): without it two packages could each be made to contain the other concurrently, or a
 * line could name an item deleted at the same moment. Held until the transaction ends.
 */
export async function lockPackageGraph(tx: EntityManager): Promise<void> {
  await tx.execute('select pg_advisory_xact_lock(?)', [PACKAGE_GRAPH_LOCK]);
}

export interface PackageNode {
  code: string;
  subServiceIds: string[];
}

/**
 * The current services reachable from `serviceIds` through package lines (themselves included), each
 * with its code and the services its lines name: one recursive query.
 */
export async function packageGraphFrom(em: EntityManager, serviceIds: readonly string[]): Promise<Map<string, PackageNode>> {
  const start = serviceIds.filter(isUuid);
  if (start.length === 0) return new Map();
  const rows = await em.execute<{ id: string; code: string; sub_service_ids: string[] }[]>(
    `with recursive reach(id) as (
       select unnest(?::uuid[])
       union
       select (line ->> 'serviceId')::uuid
       from medical_service s join reach r on s.id = r.id cross join lateral jsonb_array_elements(s.package_lines) line
       where s.deleted_at is null and line ->> 'serviceId' is not null
     )
     select s.id, s.code,
            coalesce(array_agg(line ->> 'serviceId') filter (where line ->> 'serviceId' is not null), '{}') as sub_service_ids
     from medical_service s join reach r on s.id = r.id left join lateral jsonb_array_elements(s.package_lines) line on true
     where s.deleted_at is null
     group by s.id, s.code`,
    [uuidArrayLiteral(start)],
  );
  return new Map(rows.map((row) => [row.id, { code: row.code, subServiceIds: row.sub_service_ids }]));
}

/** Codes of the current packages that have a line for this item or service. */
export async function packagesContaining(em: EntityManager, kind: CatalogueKind, id: string): Promise<string[]> {
  const line = kind === 'item' ? { itemId: id } : { serviceId: id };
  const rows = await em.execute<{ code: string }[]>(
    'select code from medical_service where deleted_at is null and package_lines @> ?::jsonb order by code',
    [JSON.stringify([line])],
  );
  return rows.map((row) => row.code);
}
