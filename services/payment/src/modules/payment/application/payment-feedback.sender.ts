import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { deliverNotices, type Notice, NOTIFIER, type Notifier, stableNoticeId } from '@imis/notification';
import { readRows, uuidArrayLiteral } from '@imis/persistence';
import type { Feedback } from '../domain/payment-feedback';
import { PaymentNotification } from '../infrastructure/payment-notification.entity';

export interface PaymentFeedback extends Feedback {
  readonly paymentId: string;
  readonly language: string | null;
}

/**
 * Hands the payers' feedback of a matching chunk to the Notifier (PAYMENT_NOTIFIER) in one call and stores
 * each notice with its outcome (payment_notification) in the chunk's transaction. A payment already told of
 * that outcome is skipped; the notice id derives from (payment, outcome), so a retried chunk gives the adapter
 * the same ids. An adapter that throws leaves its notices FAILED: feedback never blocks a match.
 */
@Injectable()
export class PaymentFeedbackSender {
  private readonly logger = new Logger('PaymentFeedback');

  constructor(@Inject(NOTIFIER) private readonly notifier: Notifier) {}

  async send(tx: EntityManager, feedback: readonly PaymentFeedback[]): Promise<number> {
    if (feedback.length === 0) return 0;
    const told = new Set(
      (
        await readRows<{ paymentId: string; kind: string }>(tx, `select payment_id as "paymentId", kind from payment_notification where payment_id = any(?::uuid[])`, [
          uuidArrayLiteral(feedback.map((item) => item.paymentId)),
        ])
      ).map((row) => `${row.paymentId} ${row.kind}`),
    );
    const due = feedback.filter((item) => !told.has(`${item.paymentId} ${item.kind}`));
    const notices: Notice[] = due.map((item) => ({
      id: stableNoticeId('payment', item.paymentId, item.kind),
      recipient: { kind: 'PAYER', id: null, phone: item.phone, language: item.language },
      text: item.text,
      reference: { type: 'PAYMENT', id: item.paymentId },
    }));
    const outcomes = await deliverNotices(this.notifier, notices, (error) => this.logger.warn(`The ${this.notifier.channel} Notifier failed: ${String(error)}`));
    if (due.length > 0) {
      await tx.insertMany(
        PaymentNotification,
        due.map((item, index) => ({
          id: notices[index]!.id,
          paymentId: item.paymentId,
          kind: item.kind,
          phone: item.phone,
          language: item.language,
          message: item.text,
          channel: this.notifier.channel,
          outcome: outcomes[index]!,
          createdAt: new Date(),
        })),
      );
    }
    return due.length;
  }
}
