import { Injectable } from '@nestjs/common';
import { type CloudEvent, officerCreatedEvent, officerDeletedEvent, officerLifecycle, type OfficerState, officerUpdatedEvent } from '@imis/contracts';
import { DurableConsumer, type HandlerContext, OnEvent } from '@imis/messaging';
import { upsertOfficer } from '../infrastructure/officer.writes';

/** Keeps `payment_officer` in step with identity's officer events (durable consumer `payment-officers`). */
@Injectable()
@DurableConsumer('officers', { covers: [officerLifecycle] })
export class OfficerProjectionHandlers {
  @OnEvent(officerCreatedEvent, officerUpdatedEvent)
  async upsert(event: CloudEvent<OfficerState>, { em }: HandlerContext): Promise<void> {
    await upsertOfficer(em, event.data, false);
  }

  @OnEvent(officerDeletedEvent)
  async delete(event: CloudEvent<OfficerState>, { em }: HandlerContext): Promise<void> {
    await upsertOfficer(em, event.data, true);
  }
}
