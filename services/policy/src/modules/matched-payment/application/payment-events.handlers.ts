import { Injectable, Logger } from '@nestjs/common';
import { runUseCase } from '@imis/application';
import {
  controlNumberAssignedEvent,
  paymentIntentCreatedEvent,
  paymentLifecycle,
  paymentMatchedEvent,
  paymentReceivedEvent,
  paymentRejectedEvent,
  type CloudEvent,
  type PaymentState,
} from '@imis/contracts';
import { DurableConsumer, OnEvent, type HandlerContext } from '@imis/messaging';
import { PolicyContributionLedger } from '../../activation';
import { RenewMatchedPolicy } from './renew-matched-policy.command';

/** Who the matched payments act as in history rows and events. */
export const PAYMENT_ACTOR = 'payment-events';

/**
 * What a matched payment does to policies (domain §5 "Effect on policies"): the durable consumer
 * `policy-payments` on the payment service's events. Each line with a `renewalPolicyId` creates that renewal;
 * then every policy a line paid (the renewal for those) is marked paid by a matched payment, so that a Ready
 * one becomes Active now or when it gets Ready. The money itself arrives as premium events.
 */
@Injectable()
@DurableConsumer('payments', { covers: [paymentLifecycle] })
export class PaymentEventHandlers {
  private readonly logger = new Logger(PaymentEventHandlers.name);

  constructor(
    private readonly renewMatched: RenewMatchedPolicy,
    private readonly ledger: PolicyContributionLedger,
  ) {}

  @OnEvent(paymentMatchedEvent)
  async paymentMatched(event: CloudEvent<PaymentState>, { em }: HandlerContext): Promise<void> {
    const paid: string[] = [];
    for (const { policyId, renewalPolicyId } of event.data.details) {
      if (!policyId) continue;
      if (renewalPolicyId) {
        const result = await runUseCase(em, this.renewMatched, { policyId, renewalPolicyId }, { actor: PAYMENT_ACTOR });
        const refusal = result.errors.map((error) => `${error.code} ${error.message}`).join('; ');
        // A policy deleted since the match has nothing to renew: waiting will not bring it back.
        if (result.errors.some((error) => error.code === 'POLICY_NOT_FOUND')) this.logger.warn(`payment ${event.data.id}: no renewal of ${policyId}: ${refusal}`);
        else if (result.errors.length > 0) throw new Error(`payment ${event.data.id}: renewal of ${policyId} refused: ${refusal}`);
      }
      paid.push(renewalPolicyId ?? policyId);
    }
    await this.ledger.paymentMatched(em, paid, PAYMENT_ACTOR);
  }

  /** Before matching, a payment changes no policy. */
  @OnEvent(paymentIntentCreatedEvent, controlNumberAssignedEvent, paymentReceivedEvent, paymentRejectedEvent)
  async ignoreUnmatched(): Promise<void> {}
}
