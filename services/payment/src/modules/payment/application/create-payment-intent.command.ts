import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { refuse, type UseCase } from '@imis/application';
import { createEvent, paymentIntentCreatedEvent } from '@imis/contracts';
import { centsToMoney, moneyToCents, today } from '@imis/kernel';
import { recordEvent } from '@imis/messaging';
import { uuidv7 } from '@imis/persistence';
import { decideIntent } from '../domain/intent-rules';
import { paymentErrors } from '../domain/payment.errors';
import { PaymentDetail } from '../infrastructure/payment-detail.entity';
import { Payment } from '../infrastructure/payment.entity';
import type { PaymentCommandMeta } from './payment-command-meta';
import { PaymentFactsReader } from './payment-facts.reader';
import { blankToNull, lengthErrors, MAX_DETAILS, moneyError } from './payment-input-checks';
import { paymentState, paymentView, type PaymentView } from './payment.view';

export interface PaymentIntentData {
  officerCode?: string | null;
  phone?: string | null;
  language?: string | null;
  smsRequired: boolean;
  details: { insuranceNumber: string; productCode: string; isRenewal: boolean; amount?: string | null }[];
}

/**
 * §5.1: records an intent to pay with what each line is expected to cost: INTENT, or INTENT_INVALID with the
 * openIMIS code as its reason (both stored, both published as intent-created). Insurees of families outside
 * the caller's scope are unknown to it. Malformed input (lengths, amounts) is refused and writes nothing.
 */
@Injectable()
export class CreatePaymentIntent implements UseCase<PaymentIntentData, { payment: PaymentView }, PaymentCommandMeta> {
  readonly operation = 'createPaymentIntent';

  constructor(private readonly facts: PaymentFactsReader) {}

  async execute(tx: EntityManager, data: PaymentIntentData, { actor, scope }: PaymentCommandMeta): Promise<{ payment: PaymentView }> {
    if (data.details.length === 0 || data.details.length > MAX_DETAILS) refuse(paymentErrors.detailsMissing());
    const errors = [
      ...lengthErrors({ officerCode: [data.officerCode, 8], phone: [data.phone, 50], language: [data.language, 5] }),
      ...data.details.flatMap((detail, index) => [
        ...lengthErrors({ [`details.${index}.insuranceNumber`]: [detail.insuranceNumber, 12], [`details.${index}.productCode`]: [detail.productCode, 8] }),
        ...moneyError(detail.amount, `details.${index}.amount`),
      ]),
    ];
    if (errors.length > 0) refuse(...errors);
    const officerCode = blankToNull(data.officerCode);
    const lines = data.details.map((detail) => ({
      insuranceNumber: detail.insuranceNumber.trim(),
      productCode: detail.productCode.trim(),
      isRenewal: detail.isRenewal,
      amountCents: detail.amount ? moneyToCents(detail.amount) : null,
    }));
    const [insurees, products, officers] = await Promise.all([
      this.facts.insurees(tx, lines.map((line) => line.insuranceNumber), scope),
      this.facts.products(tx, lines.map((line) => line.productCode)),
      this.facts.officersByCode(tx, officerCode ? [officerCode] : []),
    ]);
    const policies = await this.facts.policies(
      tx,
      [...insurees.values()].map((insuree) => insuree.familyId),
      [...products.values()].map((product) => product.id),
    );
    const officer = officerCode ? (officers.get(officerCode) ?? null) : null;
    const decision = decideIntent(lines, { today: today(), officerCode, officer, insurees, products, policies });

    const payment = tx.create(Payment, {
      id: uuidv7(),
      status: decision.valid ? 'INTENT' : 'INTENT_INVALID',
      officerId: officer?.id ?? null,
      officerCode,
      phone: blankToNull(data.phone),
      language: blankToNull(data.language),
      smsRequired: data.smsRequired,
      expectedAmount: decision.valid && decision.expectedCents !== null ? centsToMoney(decision.expectedCents) : null,
      origin: 'INTENT',
      rejectedReason: decision.valid ? null : decision.reason,
      changedBy: actor,
    });
    // A line without insurance number or product code (code 2) cannot be stored: the intent keeps the others.
    const stored = lines.map((line, index) => ({ line, index })).filter(({ line }) => line.insuranceNumber !== '' && line.productCode !== '');
    const details = stored.map(({ line, index }, position) => {
      const decided = decision.valid ? decision.lines[index]! : null;
      return tx.create(PaymentDetail, {
        id: uuidv7(),
        paymentId: payment.id,
        position,
        insuranceNumber: line.insuranceNumber,
        productCode: line.productCode,
        policyStage: line.isRenewal ? 'R' : 'N',
        expectedAmount: decided?.expectedCents != null ? centsToMoney(decided.expectedCents) : null,
      });
    });
    await tx.flush();
    recordEvent(tx, createEvent(paymentIntentCreatedEvent, { subject: payment.id, data: paymentState(payment, details) }));
    return { payment: paymentView(payment, details) };
  }
}
