import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { refuse, type CommandMeta, type UseCase } from '@imis/application';
import { createEvent, policyActivatedEvent, policyCreatedEvent, type FundingRecordedData } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { PolicyContributionLedger } from '../../activation';
import { Policy, policyState } from '../../policy';
import { Product } from '../../product';
import { fundingFamilyId, fundingPolicyTerms } from '../domain/funding-policy';
import { fundingErrors } from '../domain/funding.errors';

export interface CreateFundingPolicyResult {
  policyId: string;
  familyId: string;
  /** False when the policy already existed (a redelivered or replayed funding). */
  created: boolean;
}

/**
 * A payer funded a product (domain §4): the funding policy, with the id the contribution service chose, for
 * the pseudo-family of the product and the funding's location, Active from the pay date, no members. Created
 * Idle then activated (two versions, two events: created, activated), then given the contributions the
 * premium events may already have reported for it.
 */
@Injectable()
export class CreateFundingPolicy implements UseCase<FundingRecordedData, CreateFundingPolicyResult> {
  readonly operation = 'createFundingPolicy';

  constructor(private readonly ledger: PolicyContributionLedger) {}

  async execute(tx: EntityManager, data: FundingRecordedData, { actor }: CommandMeta): Promise<CreateFundingPolicyResult> {
    // A deleted product still takes its fundings: the contribution service accepted the money.
    const product = (await tx.findOne(Product, { id: data.productId })) ?? refuse(fundingErrors.productNotFound());
    const familyId = fundingFamilyId(product.id, data.locationId);
    const existing = await tx.findOne(Policy, { id: data.policyId });
    if (existing) {
      if (existing.familyId !== familyId || existing.productId !== product.id) refuse(fundingErrors.policyIdTaken());
      return { policyId: existing.id, familyId, created: false };
    }
    await tx.execute('insert into funding_family (family_id, product_id, location_id) values (?, ?, ?) on conflict (family_id) do nothing', [
      familyId,
      product.id,
      data.locationId,
    ]);
    const terms = fundingPolicyTerms(product, data.payDate);
    const policy = tx.create(Policy, {
      id: data.policyId,
      familyId,
      productId: product.id,
      officerId: null,
      stage: 'N',
      status: 'IDLE',
      value: terms.value,
      enrolDate: terms.enrolDate,
      startDate: terms.startDate,
      expiryDate: terms.expiryDate,
      previousPolicyId: null,
      paidTotal: '0.00',
      changedBy: actor,
    });
    await tx.flush();
    recordEvent(tx, createEvent(policyCreatedEvent, { subject: policy.id, data: policyState(policy) }));
    policy.status = 'ACTIVE';
    policy.effectiveDate = terms.effectiveDate;
    policy.markChanged(actor);
    await tx.flush();
    recordEvent(tx, createEvent(policyActivatedEvent, { subject: policy.id, data: policyState(policy) }));
    await this.ledger.applyStored(tx, policy.id, actor);
    return { policyId: policy.id, familyId, created: true };
  }
}
