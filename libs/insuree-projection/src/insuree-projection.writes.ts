import type { EntityManager } from '@mikro-orm/postgresql';
import type { FamilyState, InsureeDeletedData, InsureeMovedData, InsureeState } from '@imis/contracts';
import { statementRunner, uuidArrayLiteral } from '@imis/persistence';
import type { MembershipRow } from './family-membership';

const MEMBERSHIP = 'id, family_id as "familyId", deleted';

// One statement for one state or a whole import batch: the states travel as one JSON parameter.
const UPSERT_INSUREES = `insert into projected_insuree
    (id, insurance_number, family_id, is_head, gender, birth_date, relationship, current_village_id, family_village_id, health_facility_id, status, status_date,
     photo_date, deleted, version)
  select t.id, t."insuranceNumber", t."familyId", t."isHead", t.gender, t."birthDate", t.relationship, t."currentVillageId", t."familyVillageId",
    t."healthFacilityId", t.status, t."statusDate", t."photoDate", false, t.version
  from json_to_recordset(?::json) as t(id uuid, "insuranceNumber" text, "familyId" uuid, "isHead" boolean, gender text, "birthDate" date, relationship text,
    "currentVillageId" uuid, "familyVillageId" uuid, "healthFacilityId" uuid, status text, "statusDate" date, "photoDate" date, version int)
  on conflict (id) do update set insurance_number = excluded.insurance_number, family_id = excluded.family_id, is_head = excluded.is_head,
    gender = excluded.gender, birth_date = excluded.birth_date, relationship = excluded.relationship, current_village_id = excluded.current_village_id,
    family_village_id = excluded.family_village_id, health_facility_id = excluded.health_facility_id, status = excluded.status,
    status_date = excluded.status_date, photo_date = excluded.photo_date, deleted = false, version = excluded.version
  where projected_insuree.version < excluded.version
  returning ${MEMBERSHIP}`;

const UPSERT_FAMILIES = `insert into projected_family (id, head_insuree_id, village_id, poverty, deleted, version)
  select t.id, t."headInsureeId", t."villageId", t.poverty, false, t.version
  from json_to_recordset(?::json) as t(id uuid, "headInsureeId" uuid, "villageId" uuid, poverty boolean, version int)
  on conflict (id) do update set head_insuree_id = excluded.head_insuree_id, village_id = excluded.village_id, poverty = excluded.poverty,
    deleted = false, version = excluded.version
  where projected_family.version < excluded.version`;

/** Full states (created, updated, imported): a state older than the stored one changes nothing. Gives the rows written. */
export async function upsertInsurees(em: EntityManager, states: readonly InsureeState[]): Promise<MembershipRow[]> {
  return states.length > 0 ? statementRunner(em).rows<MembershipRow>(UPSERT_INSUREES, [JSON.stringify(states)]) : [];
}

/** Into a family (heading it when the family says so), out of one, or along with its family's new village. Gives the row written. */
export async function moveInsuree(em: EntityManager, { id, toFamilyId, familyVillageId, version }: InsureeMovedData): Promise<MembershipRow[]> {
  return statementRunner(em).rows<MembershipRow>(
    `update projected_insuree i set family_id = ?, family_village_id = ?, version = ?,
       is_head = coalesce((select f.head_insuree_id = i.id from projected_family f where f.id = ?), false)
     where i.id = ? and i.version < ? returning ${MEMBERSHIP}`,
    [toFamilyId, familyVillageId, version, toFamilyId, id, version],
  );
}

export async function deleteInsuree(em: EntityManager, { id, version }: Pick<InsureeDeletedData, 'id' | 'version'>): Promise<MembershipRow[]> {
  return statementRunner(em).rows<MembershipRow>(`update projected_insuree set deleted = true, version = ? where id = ? and version < ? returning ${MEMBERSHIP}`, [version, id, version]);
}

/** The insurees' memberships as stored, their rows locked until the transaction ends (so that a concurrent writer of one waits, then reads this one's). */
export async function lockMemberships(em: EntityManager, ids: readonly string[]): Promise<MembershipRow[]> {
  if (ids.length === 0) return [];
  return statementRunner(em).rows<MembershipRow>(`select ${MEMBERSHIP} from projected_insuree where id = any(?::uuid[]) order by id for update`, [uuidArrayLiteral([...new Set(ids)])]);
}

export async function upsertFamilies(em: EntityManager, states: readonly FamilyState[]): Promise<void> {
  if (states.length > 0) await statementRunner(em).run(UPSERT_FAMILIES, [JSON.stringify(states)]);
}
