import { Injectable } from '@nestjs/common';
import { type CloudEvent, officerCreatedEvent, officerDeletedEvent, officerLifecycle, type OfficerState, officerUpdatedEvent } from '@imis/contracts';
import { DurableConsumer, type HandlerContext, OnEvent } from '@imis/messaging';
import { upsertOfficer } from './officer-projection.writes';

/**
 * Keeps `projected_officer` in step with identity's officer events: the durable consumer
 * `<service>-officer-projection` on `imis.identity.>`, from the stream's first event. Every event carries the
 * officer's full state, so each one is a version-guarded upsert; a deletion keeps the row, flagged.
 */
@Injectable()
@DurableConsumer('officer-projection', { covers: [officerLifecycle] })
export class OfficerProjectionHandlers {
  @OnEvent(officerCreatedEvent, officerUpdatedEvent)
  async apply(event: CloudEvent<OfficerState>, { em }: HandlerContext): Promise<void> {
    await upsertOfficer(em, event.data, false);
  }

  @OnEvent(officerDeletedEvent)
  async applyDeletion(event: CloudEvent<OfficerState>, { em }: HandlerContext): Promise<void> {
    await upsertOfficer(em, event.data, true);
  }
}
