import { isUuid, type ProjectionReader, readRows, textArrayLiteral, uuidArrayLiteral } from '@imis/persistence';

export interface ProjectedHealthFacilityRow {
  id: string;
  code: string;
  districtId: string;
  deleted: boolean;
}

export interface HealthFacilityQueryOptions {
  /** Deleted facilities too; by default only current ones. */
  includeDeleted?: boolean;
}

const COLUMNS = 'id, code, district_id as "districtId", deleted';
const current = (options: HealthFacilityQueryOptions) => (options.includeDeleted ? '' : ' and not deleted');

/** The health facilities with these ids (ids that are not UUIDs are left out): one query. */
export async function healthFacilitiesByIds(db: ProjectionReader, ids: readonly string[], options: HealthFacilityQueryOptions = {}): Promise<ProjectedHealthFacilityRow[]> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return [];
  return readRows(db, `select ${COLUMNS} from projected_health_facility where id = any(?::uuid[])${current(options)}`, [uuidArrayLiteral(valid)]);
}

/** The current health facilities with these codes: one query. */
export async function healthFacilitiesByCodes(db: ProjectionReader, codes: readonly string[]): Promise<ProjectedHealthFacilityRow[]> {
  if (codes.length === 0) return [];
  return readRows(db, `select ${COLUMNS} from projected_health_facility where code = any(?::text[]) and not deleted`, [textArrayLiteral([...new Set(codes)])]);
}

/** The health facilities of these districts: one query on the district index. */
export async function healthFacilitiesInDistricts(
  db: ProjectionReader,
  districtIds: readonly string[],
  options: HealthFacilityQueryOptions = {},
): Promise<ProjectedHealthFacilityRow[]> {
  const valid = [...new Set(districtIds.filter(isUuid))];
  if (valid.length === 0) return [];
  return readRows(db, `select ${COLUMNS} from projected_health_facility where district_id = any(?::uuid[])${current(options)}`, [uuidArrayLiteral(valid)]);
}
