import { Injectable } from '@nestjs/common';
import {
  healthFacilityCreatedEvent,
  healthFacilityDeletedEvent,
  healthFacilityLifecycle,
  healthFacilityUpdatedEvent,
  type CloudEvent,
  type HealthFacilityDeletedData,
  type HealthFacilityState,
} from '@imis/contracts';
import { DurableConsumer, OnEvent, type HandlerContext } from '@imis/messaging';
import { statementRunner } from '@imis/persistence';

/**
 * Keeps `projected_health_facility` in step with the location service: the durable consumer
 * `<service>-health-facility-projection` on `imis.location.health-facility.>`, from the stream's first event.
 */
@Injectable()
@DurableConsumer('health-facility-projection', { covers: [healthFacilityLifecycle] })
export class HealthFacilityProjectionHandlers {
  /** created/updated carry the full state; an older version than the stored one changes nothing. */
  @OnEvent(healthFacilityCreatedEvent, healthFacilityUpdatedEvent)
  async applyState(event: CloudEvent<HealthFacilityState>, { em }: HandlerContext): Promise<void> {
    const { id, code, districtId, version } = event.data;
    await statementRunner(em).run(
      `insert into projected_health_facility (id, code, district_id, deleted, version) values (?, ?, ?, false, ?)
       on conflict (id) do update set code = excluded.code, district_id = excluded.district_id, deleted = false, version = excluded.version
       where projected_health_facility.version < excluded.version`,
      [id, code, districtId, version],
    );
  }

  /** A deletion seen before the creation still leaves a deleted row, so the late creation (older version) is ignored. */
  @OnEvent(healthFacilityDeletedEvent)
  async applyDeletion(event: CloudEvent<HealthFacilityDeletedData>, { em }: HandlerContext): Promise<void> {
    const { id, code, districtId, version } = event.data;
    await statementRunner(em).run(
      `insert into projected_health_facility (id, code, district_id, deleted, version) values (?, ?, ?, true, ?)
       on conflict (id) do update set deleted = true, version = excluded.version
       where projected_health_facility.version < excluded.version`,
      [id, code, districtId, version],
    );
  }
}
