import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { refuse, type CommandMeta, type UseCase } from '@imis/application';
import { familiesByIds } from '@imis/insuree-projection';
import { addDays } from '@imis/kernel';
import { PolicyContributionLedger } from '../../activation';
import { createRenewal, lockFamilyOfPolicy, Policy, policyErrors, pricedMembers } from '../../policy';
import { PolicyPricing } from '../../policy-value';
import { Product } from '../../product';

export interface RenewMatchedPolicyData {
  /** The Active policy the payment was matched to. */
  policyId: string;
  /** The renewal's id, chosen by the payment service (its premium names it). */
  renewalPolicyId: string;
}

export interface RenewMatchedPolicyResult {
  /** False when the renewal already existed (a redelivered or replayed payment). */
  created: boolean;
}

/**
 * A payment matched to a policy that was already Active pays its renewal in advance (domain §5): the
 * renewal, with the payment service's id, enrolled the day after the previous expiry, on the same product,
 * priced by the scheme's rule for stage R, with the family's current members (up to the member cap), Idle
 * until the premium events say it is paid (which may have come first: applied here).
 */
@Injectable()
export class RenewMatchedPolicy implements UseCase<RenewMatchedPolicyData, RenewMatchedPolicyResult> {
  readonly operation = 'renewMatchedPolicy';

  constructor(
    private readonly pricing: PolicyPricing,
    private readonly ledger: PolicyContributionLedger,
  ) {}

  async execute(tx: EntityManager, data: RenewMatchedPolicyData, { actor }: CommandMeta): Promise<RenewMatchedPolicyResult> {
    if ((await tx.count(Policy, { id: data.renewalPolicyId })) > 0) return { created: false };
    // The family's members are read below: a member joining or leaving meanwhile waits, then finds the renewal.
    if (!(await lockFamilyOfPolicy(tx, data.policyId))) refuse(policyErrors.notFound('policyId'));
    const previous =
      (await tx.findOne(Policy, { id: data.policyId, deletedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE })) ?? refuse(policyErrors.notFound('policyId'));
    const product = (await tx.findOne(Product, { id: previous.productId })) ?? refuse(policyErrors.productNotFound());
    const [family] = await familiesByIds(tx, [previous.familyId], { includeDeleted: true });
    if (!family) refuse(policyErrors.familyNotFound());
    const enrolDate = addDays(previous.expiryDate, 1);
    const request = { family, product, stage: 'R' as const, enrolDate, previousExpiry: previous.expiryDate };
    const { quote, countedMemberIds } = await pricedMembers(tx, this.pricing, request);
    const renewal = await createRenewal(tx, { previous, productId: product.id, enrolDate, quote, countedMemberIds, id: data.renewalPolicyId }, actor);
    await this.ledger.applyStored(tx, renewal.id, actor);
    return { created: true };
  }
}
