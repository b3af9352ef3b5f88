import { Injectable } from '@nestjs/common';
import { fundingLifecycle, fundingRecordedEvent, type CloudEvent, type FundingRecordedData } from '@imis/contracts';
import { runUseCase } from '@imis/application';
import { DurableConsumer, OnEvent, type HandlerContext } from '@imis/messaging';
import { CONTRIBUTIONS_ACTOR } from '../../activation';
import { CreateFundingPolicy } from './create-funding-policy.command';

/**
 * Funding policies: the durable consumer `policy-funding` on the contribution service's funding events. A
 * refusal (a product this service never had, a policy id already used otherwise) cannot be fixed by waiting:
 * the handler fails, the event is retried and then dead-lettered for an operator (ADR 0016).
 */
@Injectable()
@DurableConsumer('funding', { covers: [fundingLifecycle] })
export class FundingEventHandlers {
  constructor(private readonly createFundingPolicy: CreateFundingPolicy) {}

  @OnEvent(fundingRecordedEvent)
  async fundingRecorded(event: CloudEvent<FundingRecordedData>, { em }: HandlerContext): Promise<void> {
    const result = await runUseCase(em, this.createFundingPolicy, event.data, { actor: CONTRIBUTIONS_ACTOR });
    if (result.errors.length > 0) {
      throw new Error(`funding ${event.data.id} refused: ${result.errors.map((error) => `${error.code} ${error.message}`).join('; ')}`);
    }
  }
}
