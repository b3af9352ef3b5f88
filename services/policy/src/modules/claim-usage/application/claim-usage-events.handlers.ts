import { Injectable } from '@nestjs/common';
import { claimDeletedEvent, policyUsageLifecycle, policyUsageRecordedEvent, type ClaimDeletedData, type CloudEvent, type PolicyUsageRecordedData } from '@imis/contracts';
import { DurableConsumer, OnEvent, type HandlerContext } from '@imis/messaging';
import { ClaimUsageLedger } from './claim-usage-ledger';

/**
 * The durable consumer `policy-claim-usage` on the claim service's policy-usage events and claim deletions
 * (one consumer: both come from the claim stream in the order they were recorded).
 */
@Injectable()
@DurableConsumer('claim-usage', { covers: [policyUsageLifecycle] })
export class ClaimUsageEventHandlers {
  constructor(private readonly ledger: ClaimUsageLedger) {}

  @OnEvent(policyUsageRecordedEvent)
  async usageRecorded(event: CloudEvent<PolicyUsageRecordedData>, { em }: HandlerContext): Promise<void> {
    await this.ledger.recorded(em, event.data);
  }

  @OnEvent(claimDeletedEvent)
  async claimDeleted(event: CloudEvent<ClaimDeletedData>, { em }: HandlerContext): Promise<void> {
    await this.ledger.deleted(em, event.data);
  }
}
