import { Injectable } from '@nestjs/common';
import {
  claimAdminCreatedEvent,
  claimAdminDeletedEvent,
  claimAdminLifecycle,
  claimAdminUpdatedEvent,
  healthFacilityCreatedEvent,
  healthFacilityDeletedEvent,
  healthFacilityLifecycle,
  healthFacilityUpdatedEvent,
  type ClaimAdminState,
  type CloudEvent,
  type HealthFacilityDeletedData,
  type HealthFacilityState,
} from '@imis/contracts';
import { DurableConsumer, OnEvent, type HandlerContext } from '@imis/messaging';
import { statementRunner } from '@imis/persistence';

/**
 * Keeps `health_facility` in step with the location service (durable consumer `claim-health-facilities`). Each event
 * carries a version: an older one than the stored row changes nothing, and a deletion seen first leaves a deleted
 * row that a late creation does not revive.
 */
@Injectable()
@DurableConsumer('health-facilities', { covers: [healthFacilityLifecycle] })
export class HealthFacilityEventHandlers {
  @OnEvent(healthFacilityCreatedEvent, healthFacilityUpdatedEvent)
  async facilityChanged(event: CloudEvent<HealthFacilityState>, { em }: HandlerContext): Promise<void> {
    const { id, code, districtId, level, careType, version } = event.data;
    await statementRunner(em).run(
      `insert into health_facility (id, code, district_id, level, care_type, deleted, version) values (?, ?, ?, ?, ?, false, ?)
       on conflict (id) do update set code = excluded.code, district_id = excluded.district_id, level = excluded.level,
         care_type = excluded.care_type, deleted = false, version = excluded.version
       where health_facility.version < excluded.version`,
      [id, code, districtId, level, careType, version],
    );
  }

  @OnEvent(healthFacilityDeletedEvent)
  async facilityDeleted(event: CloudEvent<HealthFacilityDeletedData>, { em }: HandlerContext): Promise<void> {
    const { id, code, districtId, version } = event.data;
    await statementRunner(em).run(
      `insert into health_facility (id, code, district_id, level, care_type, deleted, version) values (?, ?, ?, 'D', 'B', true, ?)
       on conflict (id) do update set deleted = true, version = excluded.version where health_facility.version < excluded.version`,
      [id, code, districtId, version],
    );
  }
}

/** Keeps `claim_admin` in step with the identity service (durable consumer `claim-claim-admins`), by version. */
@Injectable()
@DurableConsumer('claim-admins', { covers: [claimAdminLifecycle] })
export class ClaimAdminEventHandlers {
  @OnEvent(claimAdminCreatedEvent, claimAdminUpdatedEvent, claimAdminDeletedEvent)
  async claimAdminChanged(event: CloudEvent<ClaimAdminState>, { em }: HandlerContext): Promise<void> {
    const { id, code, healthFacilityId, userId, version } = event.data;
    const deleted = event.type === claimAdminDeletedEvent.type;
    await statementRunner(em).run(
      `insert into claim_admin (id, code, health_facility_id, user_id, deleted, version) values (?, ?, ?, ?, ?, ?)
       on conflict (id) do update set code = excluded.code, health_facility_id = excluded.health_facility_id, user_id = excluded.user_id,
         deleted = excluded.deleted, version = excluded.version
       where claim_admin.version < excluded.version`,
      [id, code, healthFacilityId, userId, deleted, version],
    );
  }
}
