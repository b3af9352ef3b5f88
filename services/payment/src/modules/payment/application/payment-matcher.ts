import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type CloudEvent, createEvent, paymentMatchedEvent, paymentRejectedEvent } from '@imis/contracts';
import { centsToMoney, moneyToCents } from '@imis/kernel';
import { BulkOutboxWriter } from '@imis/messaging';
import { readRows, uuidArrayLiteral, uuidv7 } from '@imis/persistence';
import { decideMatch } from '../domain/match-rules';
import type { PolicyFacts } from '../domain/payment-facts';
import { type FeedbackOutcome, paymentFeedback } from '../domain/payment-feedback';
import { PaymentDetail } from '../infrastructure/payment-detail.entity';
import { Payment } from '../infrastructure/payment.entity';
import { PaymentFactsReader } from './payment-facts.reader';
import { type PaymentFeedback, PaymentFeedbackSender } from './payment-feedback.sender';
import { paymentState } from './payment.view';

export const MATCHING_ACTOR = 'system:payment-matching';

export interface ChunkOutcome {
  matched: number;
  rejected: number;
  /** Payers told of the outcome (SMS feedback). */
  notified: number;
}

const cents = (value: string) => moneyToCents(Number(value).toFixed(2));

/**
 * §5.4 over a chunk of received payments, set-based: the chunk's rows locked (others running skip them), the
 * facts read in a few queries for all of them, each payment decided in turn (a match lowers what is
 * outstanding on its policies for the payments after it), then the changes flushed in batches, one
 * matched or rejected event per payment written to the outbox in multi-row inserts, and the payers who asked
 * for it told through the Notifier (stored with the outcome). Chunks run one at a time (a
 * transaction-scoped advisory lock), so two chunks never split the same outstanding value twice.
 */
@Injectable()
export class PaymentMatcher {
  constructor(
    private readonly facts: PaymentFactsReader,
    private readonly feedback: PaymentFeedbackSender,
  ) {}

  async matchChunk(tx: EntityManager, size: number, firstId: string | null = null): Promise<ChunkOutcome> {
    await tx.execute(`select pg_advisory_xact_lock(hashtext('payment-matching'))`);
    const own = firstId ? await readRows<{ id: string }>(tx, `select id from payment where id = ? and status = 'RECEIVED' for update skip locked`, [firstId]) : [];
    const others = await readRows<{ id: string }>(
      tx,
      `select id from payment where status = 'RECEIVED'${firstId ? ' and id <> ?' : ''} order by id limit ? for update skip locked`,
      firstId ? [firstId, size - own.length] : [size],
    );
    const ids = [...own, ...others].map((row) => row.id);
    if (ids.length === 0) return { matched: 0, rejected: 0, notified: 0 };

    const payments = await tx.find(Payment, { id: { $in: ids } }, { orderBy: { id: 'asc' } });
    const details = await tx.find(PaymentDetail, { paymentId: { $in: ids } }, { orderBy: { paymentId: 'asc', position: 'asc' } });
    const byPayment = new Map<string, PaymentDetail[]>();
    for (const detail of details) byPayment.set(detail.paymentId, [...(byPayment.get(detail.paymentId) ?? []), detail]);

    const [insurees, products, officers] = await Promise.all([
      this.facts.insurees(tx, details.map((detail) => detail.insuranceNumber)),
      this.facts.products(tx, details.map((detail) => detail.productCode)),
      this.facts.officersByCode(tx, payments.flatMap((payment) => (payment.officerCode ? [payment.officerCode] : []))),
    ]);
    const read = await this.facts.policies(
      tx,
      [...insurees.values()].map((insuree) => insuree.familyId),
      [...products.values()].map((product) => product.id),
    );
    const policies = new Map<string, PolicyFacts>(read.map((policy) => [policy.id, policy]));

    const now = new Date();
    const events: CloudEvent<unknown>[] = [];
    const feedback: PaymentFeedback[] = [];
    let matched = 0;
    for (const payment of payments) {
      const lines = byPayment.get(payment.id) ?? [];
      const receivedCents = cents(payment.receivedAmount ?? '0');
      const tell = (outcome: FeedbackOutcome) => {
        const told = paymentFeedback({ phone: payment.phone, smsRequired: payment.smsRequired, transactionNo: payment.transactionNo, receivedCents }, outcome);
        if (told) feedback.push({ ...told, paymentId: payment.id, language: payment.language });
      };
      const decision = decideMatch(
        {
          receivedCents,
          paymentDate: payment.paymentDate ?? now.toISOString().slice(0, 10),
          officerCode: payment.officerCode,
          lines,
        },
        { insurees, products, officers, policies: [...policies.values()] },
      );
      payment.changedBy = MATCHING_ACTOR;
      if (!decision.matched) {
        payment.status = 'REJECTED';
        payment.rejectedReason = decision.reason;
        events.push(createEvent(paymentRejectedEvent, { subject: payment.id, data: paymentState(payment, lines, payment.version + 1) }));
        tell({ matched: false, reason: decision.reason });
        continue;
      }
      matched++;
      payment.status = 'MATCHED';
      payment.matchedAt = now;
      payment.surplusAmount = centsToMoney(decision.surplusCents);
      decision.lines.forEach((line, index) => {
        const detail = lines[index]!;
        detail.amount = centsToMoney(line.shareCents);
        detail.policyId = line.policyId;
        detail.premiumId = uuidv7();
        detail.renewalPolicyId = line.paidInAdvance ? uuidv7() : null;
        const policy = policies.get(line.policyId)!;
        // Its premium is on its way (the contribution service adds it with detail.premiumId).
        if (!line.paidInAdvance) policies.set(policy.id, { ...policy, paidCents: policy.paidCents + line.shareCents, hasPremium: true });
      });
      events.push(createEvent(paymentMatchedEvent, { subject: payment.id, data: paymentState(payment, lines, payment.version + 1) }));
      tell({
        matched: true,
        lines: decision.lines.map((line, index) => ({ ...line, insuranceNumber: lines[index]!.insuranceNumber, productCode: lines[index]!.productCode })),
        surplusCents: decision.surplusCents,
      });
    }
    await tx.flush();
    await BulkOutboxWriter.write(tx, events);
    const notified = await this.feedback.send(tx, feedback);
    return { matched, rejected: payments.length - matched, notified };
  }

  /** How many payments wait to be matched (a bench and ops figure). */
  async waiting(em: EntityManager, ids?: readonly string[]): Promise<number> {
    const rows = await readRows<{ count: string }>(
      em,
      `select count(*) from payment where status = 'RECEIVED'${ids ? ' and id = any(?::uuid[])' : ''}`,
      ids ? [uuidArrayLiteral([...ids])] : [],
    );
    return Number(rows[0]?.count ?? 0);
  }
}
