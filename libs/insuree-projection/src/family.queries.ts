import { isUuid, type ProjectionReader, readRows, uuidArrayLiteral } from '@imis/persistence';

export interface ProjectedFamilyRow {
  id: string;
  headInsureeId: string;
  villageId: string;
  poverty: boolean | null;
  deleted: boolean;
  version: number;
}

/** The families with these ids (ids that are not UUIDs are left out): one query. */
export async function familiesByIds(db: ProjectionReader, ids: readonly string[], options: { includeDeleted?: boolean } = {}): Promise<ProjectedFamilyRow[]> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return [];
  return readRows(
    db,
    `select id, head_insuree_id as "headInsureeId", village_id as "villageId", poverty, deleted, version from projected_family
     where id = any(?::uuid[])${options.includeDeleted ? '' : ' and not deleted'}`,
    [uuidArrayLiteral(valid)],
  );
}
