import type { CloudEvent, HealthFacilityDeletedData, HealthFacilityState } from '@imis/contracts';
import type { HandlerContext } from '@imis/messaging';

/** created/updated carry the full state; an older version than the stored one changes nothing. */
export async function applyHealthFacilityState(event: CloudEvent<HealthFacilityState>, { em }: HandlerContext): Promise<void> {
  const { id, code, districtId, version } = event.data;
  await em.execute(
    `insert into projected_health_facility (id, code, district_id, deleted, version) values (?, ?, ?, false, ?)
     on conflict (id) do update set code = excluded.code, district_id = excluded.district_id, deleted = false, version = excluded.version
     where projected_health_facility.version < excluded.version`,
    [id, code, districtId, version],
    'run',
  );
}

/** A deletion seen before the creation still leaves a deleted row, so the late creation (older version) is ignored. */
export async function applyHealthFacilityDeleted(event: CloudEvent<HealthFacilityDeletedData>, { em }: HandlerContext): Promise<void> {
  const { id, code, districtId, version } = event.data;
  await em.execute(
    `insert into projected_health_facility (id, code, district_id, deleted, version) values (?, ?, ?, true, ?)
     on conflict (id) do update set deleted = true, version = excluded.version
     where projected_health_facility.version < excluded.version`,
    [id, code, districtId, version],
    'run',
  );
}
