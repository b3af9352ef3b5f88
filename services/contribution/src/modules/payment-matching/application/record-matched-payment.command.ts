import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { orRefuse, refuse, type CommandMeta, type UseCase } from '@imis/application';
import { UNRESTRICTED } from '@imis/auth';
import type { PaymentDetail, PaymentState } from '@imis/contracts';
import { isMoney, moneyToCents, today } from '@imis/kernel';
import { policiesByIds } from '@imis/policy-projection';
import { addPremium, premiumErrors, premiumFields, projectedTarget, type PremiumTarget } from '../../premium';
import { paymentReceipt, receiptBase } from '../domain/payment-receipt';

/** The actor of premiums added from matched payments. */
export const PAYMENT_MATCHING_ACTOR = 'system:payment-matching';

export interface RecordMatchedPaymentResult {
  /** Premiums added by this call (ids given by the payment service). */
  added: string[];
  /** Details whose premium already existed (a copy of the event). */
  skipped: string[];
}

const EXISTING = 'select id from premium where id = any(?::uuid[])';
const TAKEN = `select receipt from premium where product_id = ? and deleted_at is null and (receipt = ? or receipt like ? escape '\\')`;

/**
 * A matched payment's premiums (§5 "Finish"): for each detail with a premium id and an amount, a premium of
 * type M (source "payment") with that id on the renewal policy when there is one, else on the matched policy,
 * through the same write path as addContribution, without scope (system actor). A renewal policy need not be
 * projected yet: its product is the matched policy's (the policy service renews a policy paid in advance on
 * its own product).
 */
@Injectable()
export class RecordMatchedPayment implements UseCase<PaymentState, RecordMatchedPaymentResult, CommandMeta> {
  readonly operation = 'recordMatchedPayment';

  async execute(tx: EntityManager, payment: PaymentState, { actor }: CommandMeta): Promise<RecordMatchedPaymentResult> {
    const details = payment.details.filter((detail) => detail.premiumId !== null && detail.amount !== null && isMoney(detail.amount) && moneyToCents(detail.amount) > 0);
    const existing = new Set(
      details.length === 0 ? [] : (await tx.execute<{ id: string }[]>(EXISTING, [`{${details.map((detail) => detail.premiumId).join(',')}}`])).map((row) => row.id),
    );
    const result: RecordMatchedPaymentResult = { added: [], skipped: [] };
    for (const detail of details) {
      const premiumId = detail.premiumId as string;
      if (existing.has(premiumId)) {
        result.skipped.push(premiumId);
        continue;
      }
      const target = await this.target(tx, detail);
      const receipt = paymentReceipt(receiptBase(payment), await this.takenReceipts(tx, target.productId, receiptBase(payment)));
      const [fields] = orRefuse(
        premiumFields(
          { amount: detail.amount as string, receipt, payDate: payment.paymentDate ?? today(), payType: 'M', isPhotoFee: false, isOffline: false, source: 'payment' },
          today(),
          'system',
        ),
      );
      await addPremium(tx, target, { ...fields, id: premiumId, payerId: null }, 'PAY', actor);
      result.added.push(premiumId);
    }
    return result;
  }

  private async target(tx: EntityManager, detail: PaymentDetail): Promise<PremiumTarget> {
    const policyId = detail.renewalPolicyId ?? detail.policyId ?? refuse(premiumErrors.policyNotFound());
    const projected = await projectedTarget(tx, policyId, UNRESTRICTED);
    if (projected) return projected;
    if (!detail.renewalPolicyId || !detail.policyId) refuse(premiumErrors.policyNotFound());
    const [matched] = await policiesByIds(tx, [detail.policyId], { includeDeleted: true });
    if (!matched) refuse(premiumErrors.policyNotFound());
    return { policyId, productId: matched.productId, terms: null };
  }

  private async takenReceipts(tx: EntityManager, productId: string, base: string): Promise<Set<string>> {
    const pattern = `${base.replace(/[\\%_]/g, (character) => `\\${character}`).slice(0, 47)}%`;
    return new Set((await tx.execute<{ receipt: string }[]>(TAKEN, [productId, base.slice(0, 50), pattern])).map((row) => row.receipt));
  }
}
