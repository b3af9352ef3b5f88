import type { EntityManager } from '@mikro-orm/postgresql';
import type { FamilyState, InsureeState } from '@imis/contracts';

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
  where projected_insuree.version < excluded.version`;

const UPSERT_FAMILIES = `insert into projected_family (id, head_insuree_id, village_id, poverty, deleted, version)
  select t.id, t."headInsureeId", t."villageId", t.poverty, false, t.version
  from json_to_recordset(?::json) as t(id uuid, "headInsureeId" uuid, "villageId" uuid, poverty boolean, version int)
  on conflict (id) do update set head_insuree_id = excluded.head_insuree_id, village_id = excluded.village_id, poverty = excluded.poverty,
    deleted = false, version = excluded.version
  where projected_family.version < excluded.version`;

/** Full states (created, updated, imported): a state older than the stored one changes nothing. */
export async function upsertInsurees(em: EntityManager, states: readonly InsureeState[]): Promise<void> {
  if (states.length > 0) await em.execute(UPSERT_INSUREES, [JSON.stringify(states)], 'run');
}

export async function upsertFamilies(em: EntityManager, states: readonly FamilyState[]): Promise<void> {
  if (states.length > 0) await em.execute(UPSERT_FAMILIES, [JSON.stringify(states)], 'run');
}
