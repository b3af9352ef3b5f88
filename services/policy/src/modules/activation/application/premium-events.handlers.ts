import { Injectable } from '@nestjs/common';
import {
  premiumAddedEvent,
  premiumDeletedEvent,
  premiumLifecycle,
  premiumUpdatedEvent,
  type CloudEvent,
  type PremiumDeletedData,
  type PremiumState,
} from '@imis/contracts';
import { DurableConsumer, OnEvent, type HandlerContext } from '@imis/messaging';
import { PolicyContributionLedger } from './policy-contribution-ledger';

/**
 * Activation from contributions: the durable consumer `policy-contributions` on the contribution service's
 * premium events. Each carries its policy's paid total after it (`policyContributions`), which is all the
 * policy needs; the premium itself stays the contribution service's.
 */
@Injectable()
@DurableConsumer('contributions', { covers: [premiumLifecycle] })
export class PremiumEventHandlers {
  constructor(private readonly ledger: PolicyContributionLedger) {}

  @OnEvent(premiumAddedEvent, premiumUpdatedEvent)
  async premiumChanged(event: CloudEvent<PremiumState>, { em }: HandlerContext): Promise<void> {
    await this.ledger.receive(em, event.data.policyContributions);
  }

  @OnEvent(premiumDeletedEvent)
  async premiumReversed(event: CloudEvent<PremiumDeletedData>, { em }: HandlerContext): Promise<void> {
    await this.ledger.receive(em, event.data.policyContributions);
  }
}
