import { Injectable } from '@nestjs/common';
import { runUseCase } from '@imis/application';
import { paymentMatchedEvent, type CloudEvent, type PaymentState } from '@imis/contracts';
import { DurableConsumer, OnEvent, type HandlerContext } from '@imis/messaging';
import { PAYMENT_MATCHING_ACTOR, RecordMatchedPayment } from './record-matched-payment.command';

/**
 * Premiums of matched mobile payments: the durable consumer `contribution-matched-payments` on the payment
 * service's matched event. Its premiums and the inbox row commit together (a redelivery adds nothing; premium
 * ids are checked too). A refused payment (a policy unknown here, a bad date) is not skipped: the handler
 * fails, the event is redelivered (the policy projection may catch up) and lands in the dead letters after
 * CONSUMER_MAX_DELIVER attempts, where it stays visible.
 */
@Injectable()
@DurableConsumer('matched-payments')
export class MatchedPaymentHandlers {
  constructor(private readonly record: RecordMatchedPayment) {}

  @OnEvent(paymentMatchedEvent)
  async addPremiums(event: CloudEvent<PaymentState>, { em }: HandlerContext): Promise<void> {
    const result = await runUseCase(em, this.record, event.data, { actor: PAYMENT_MATCHING_ACTOR });
    if (result.errors.length > 0) {
      throw new Error(`Matched payment ${event.data.id} refused: ${result.errors.map((error) => `${error.code} (${error.field ?? '-'})`).join(', ')}`);
    }
  }
}
