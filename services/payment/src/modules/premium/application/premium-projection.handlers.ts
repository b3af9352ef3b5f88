import { Injectable } from '@nestjs/common';
import {
  type CloudEvent,
  premiumAddedEvent,
  premiumDeletedEvent,
  type PremiumDeletedData,
  premiumLifecycle,
  type PremiumState,
  premiumUpdatedEvent,
} from '@imis/contracts';
import { DurableConsumer, type HandlerContext, OnEvent } from '@imis/messaging';
import { upsertPremium } from '../infrastructure/premium.writes';

/** Keeps `payment_premium` in step with the contribution service's premium events (durable consumer `payment-premiums`). */
@Injectable()
@DurableConsumer('premiums', { covers: [premiumLifecycle] })
export class PremiumProjectionHandlers {
  @OnEvent(premiumAddedEvent, premiumUpdatedEvent)
  async upsert(event: CloudEvent<PremiumState>, { em }: HandlerContext): Promise<void> {
    await upsertPremium(em, event.data, false);
  }

  @OnEvent(premiumDeletedEvent)
  async delete(event: CloudEvent<PremiumDeletedData>, { em }: HandlerContext): Promise<void> {
    await upsertPremium(em, event.data, true);
  }
}
