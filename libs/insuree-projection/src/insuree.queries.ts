import type { InsureeState } from '@imis/contracts';
import { isUuid, type ProjectionReader, readRows, textArrayLiteral, uuidArrayLiteral } from '@imis/persistence';

export interface ProjectedInsureeRow {
  id: string;
  insuranceNumber: string;
  familyId: string | null;
  isHead: boolean;
  gender: string;
  /** YYYY-MM-DD */
  birthDate: string;
  /** Lookup code of the relationship to the family head (7 Others); null when not given. */
  relationship: string | null;
  currentVillageId: string | null;
  familyVillageId: string | null;
  /** Where the insuree lives: its own village, else its family's. */
  villageId: string | null;
  healthFacilityId: string | null;
  status: InsureeState['status'];
  statusDate: string | null;
  /** YYYY-MM-DD the current photo was taken; null: no photo. */
  photoDate: string | null;
  deleted: boolean;
  version: number;
}

export interface InsureeQueryOptions {
  /** Deleted insurees too; by default only current ones. */
  includeDeleted?: boolean;
}

const COLUMNS = `id, insurance_number as "insuranceNumber", family_id as "familyId", is_head as "isHead", gender,
  to_char(birth_date, 'YYYY-MM-DD') as "birthDate", relationship, current_village_id as "currentVillageId", family_village_id as "familyVillageId",
  coalesce(current_village_id, family_village_id) as "villageId", health_facility_id as "healthFacilityId", status,
  to_char(status_date, 'YYYY-MM-DD') as "statusDate", to_char(photo_date, 'YYYY-MM-DD') as "photoDate", deleted, version`;
const current = (options: InsureeQueryOptions) => (options.includeDeleted ? '' : ' and not deleted');

/** The insurees with these ids (ids that are not UUIDs are left out): one query. */
export async function insureesByIds(db: ProjectionReader, ids: readonly string[], options: InsureeQueryOptions = {}): Promise<ProjectedInsureeRow[]> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return [];
  return readRows(db, `select ${COLUMNS} from projected_insuree where id = any(?::uuid[])${current(options)}`, [uuidArrayLiteral(valid)]);
}

/** The current insurees holding these insurance numbers (CHF ids): one query on the number index. */
export async function insureesByNumbers(db: ProjectionReader, numbers: readonly string[]): Promise<ProjectedInsureeRow[]> {
  if (numbers.length === 0) return [];
  return readRows(db, `select ${COLUMNS} from projected_insuree where insurance_number = any(?::text[]) and not deleted`, [textArrayLiteral([...new Set(numbers)])]);
}

/** The current members of these families, heads first: one query on the family index. */
export async function familyMembers(db: ProjectionReader, familyIds: readonly string[]): Promise<ProjectedInsureeRow[]> {
  const valid = [...new Set(familyIds.filter(isUuid))];
  if (valid.length === 0) return [];
  return readRows(db, `select ${COLUMNS} from projected_insuree where family_id = any(?::uuid[]) and not deleted order by family_id, is_head desc, id`, [
    uuidArrayLiteral(valid),
  ]);
}
