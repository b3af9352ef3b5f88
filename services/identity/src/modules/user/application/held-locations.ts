import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@imis/persistence';
import type { HeldLocations } from '../domain/scope-rules';

interface HeldLocationsRow {
  id: string;
  district_ids: string[];
  facility_district_id: string | null;
  officer_village_ids: string[];
  claim_admin_district_ids: string[];
}

/**
 * Locks the rows of the current users with these ids and reads the locations each holds (unknown,
 * deleted and malformed ids are left out). A non-administrator's check of a user and every link or
 * unlink of an officer or claim administrator lock the user first (a change of the user itself locks it
 * when written), so a check never passes on what a concurrent command is about to widen. Rows are
 * locked in id order so that two commands never wait on each other.
 */
export async function lockHeldLocations(em: EntityManager, ids: readonly (string | null | undefined)[]): Promise<Map<string, HeldLocations>> {
  const candidates = [...new Set(ids.filter((id): id is string => typeof id === 'string' && isUuid(id)))];
  if (candidates.length === 0) return new Map();
  const uuids = `{${candidates.join(',')}}`;
  // Lock first, then read in a statement of its own: its snapshot is taken once the locks are held, so it
  // sees what a command that held them committed (a single SELECT … FOR UPDATE would read the officers and
  // claim administrators as they were before it waited).
  await em.execute('select id from app_user where deleted_at is null and id = any(?::uuid[]) order by id for update', [uuids]);
  const rows = await em.execute<HeldLocationsRow[]>(
    `select u.id, u.district_ids,
       (select f.district_id from projected_health_facility f where f.id = u.health_facility_id) as facility_district_id,
       array(select distinct v.id from enrolment_officer o cross join unnest(o.village_ids) as v(id)
             where o.user_id = u.id and o.deleted_at is null) as officer_village_ids,
       array(select distinct f.district_id from claim_administrator c join projected_health_facility f on f.id = c.health_facility_id
             where c.user_id = u.id and c.deleted_at is null) as claim_admin_district_ids
     from app_user u where u.deleted_at is null and u.id = any(?::uuid[])`,
    [uuids],
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        districtIds: row.district_ids,
        facilityDistrictId: row.facility_district_id,
        officerVillageIds: row.officer_village_ids,
        claimAdminDistrictIds: row.claim_admin_district_ids,
      },
    ]),
  );
}

/** What the user a staff member is linked to holds; null when it has no (current) user. */
export function linkedUser(held: ReadonlyMap<string, HeldLocations>, userId: string | null): HeldLocations | null {
  return userId === null ? null : (held.get(userId) ?? null);
}
