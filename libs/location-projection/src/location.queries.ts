import type { LocationType } from '@imis/contracts';
import { isUuid, type ProjectionReader, readRows, textArrayLiteral, uuidArrayLiteral } from '@imis/persistence';

export interface ProjectedLocationRow {
  id: string;
  code: string;
  name: string;
  type: LocationType;
  parentId: string | null;
  deleted: boolean;
}

export interface LocationQueryOptions {
  /** Only locations of this type (a village: 'V'). */
  type?: LocationType;
  /** Deleted locations too (a name to print on an old record); by default only current ones. */
  includeDeleted?: boolean;
}

const COLUMNS = 'id, code, name, type, parent_id as "parentId", deleted';

/** The locations with these ids (ids that are not UUIDs cannot exist and are left out): one query. */
export async function locationsByIds(db: ProjectionReader, ids: readonly string[], options: LocationQueryOptions = {}): Promise<ProjectedLocationRow[]> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return [];
  const [where, params] = filters(options);
  return readRows(db, `select ${COLUMNS} from projected_location where id = any(?::uuid[])${where}`, [uuidArrayLiteral(valid), ...params]);
}

/** The current locations (any type unless given) with these codes: one query. */
export async function locationsByCodes(db: ProjectionReader, codes: readonly string[], options: Pick<LocationQueryOptions, 'type'> = {}): Promise<ProjectedLocationRow[]> {
  if (codes.length === 0) return [];
  const [where, params] = filters(options);
  return readRows(db, `select ${COLUMNS} from projected_location where code = any(?::text[])${where}`, [textArrayLiteral([...new Set(codes)]), ...params]);
}

/** The given locations and every current location below them (one query on the GIN-indexed ancestors). */
export async function descendantsOf(db: ProjectionReader, locationIds: readonly string[]): Promise<string[]> {
  const valid = locationIds.filter(isUuid);
  if (valid.length === 0) return [];
  const ids = uuidArrayLiteral(valid);
  const rows = await readRows<{ id: string }>(db, 'select id from projected_location where not deleted and (id = any(?::uuid[]) or ancestor_ids && ?::uuid[])', [ids, ids]);
  return rows.map((row) => row.id);
}

/** The ancestors of the given locations (each once, any order). */
export async function ancestorsOf(db: ProjectionReader, locationIds: readonly string[]): Promise<string[]> {
  const valid = locationIds.filter(isUuid);
  if (valid.length === 0) return [];
  const rows = await readRows<{ id: string }>(db, 'select distinct unnest(ancestor_ids) as id from projected_location where id = any(?::uuid[])', [uuidArrayLiteral(valid)]);
  return rows.map((row) => row.id);
}

/** A piece of SQL with its `?` parameters, to put inside a service's own query. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/**
 * A subquery of the ids of a location and of every location below it (deleted ones too: records may
 * still point at them), for a query that must filter by it: `village_id = any(array${sql})` or `in ${sql}`.
 */
export function locationSubtreeSql(locationId: string): SqlFragment {
  if (!isUuid(locationId)) throw new Error('locationSubtreeSql: the location id must be a UUID');
  return { sql: '(select id from projected_location where id = ? or ancestor_ids @> array[?]::uuid[])', params: [locationId, locationId] };
}

function filters(options: LocationQueryOptions): [string, unknown[]] {
  const conditions = [...(options.includeDeleted ? [] : [' and not deleted']), ...(options.type ? [' and type = ?'] : [])];
  return [conditions.join(''), options.type ? [options.type] : []];
}
