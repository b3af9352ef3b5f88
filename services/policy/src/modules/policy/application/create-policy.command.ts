import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type UseCase } from '@imis/application';
import { createEvent, policyCreatedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { PolicyPricing } from '../../policy-value';
import { Policy } from '../infrastructure/policy.entity';
import type { PolicyCommandMeta } from './policy-command-meta';
import { addMembers, recordMembersAdded } from './policy-members';
import { commandTerms, policyTerms } from './policy-terms';
import { expectComputedValue, expectOfficer } from './policy-input-checks';
import { policyState, policyView, type PolicyView } from './policy.view';

export interface CreatePolicyData {
  familyId: string;
  productId: string;
  enrolDate: string;
  officerId?: string | null;
  /** When sent, must equal the computed value (POLICY_VALUE_MISMATCH). */
  value?: string | null;
}

/** A family's new policy (stage N), Idle until paid, with a coverage row per counted member. */
@Injectable()
export class CreatePolicy implements UseCase<CreatePolicyData, { policy: PolicyView }, PolicyCommandMeta> {
  readonly operation = 'createPolicy';

  constructor(private readonly pricing: PolicyPricing) {}

  async execute(tx: EntityManager, data: CreatePolicyData, { actor, scope, products }: PolicyCommandMeta): Promise<{ policy: PolicyView }> {
    const request = { familyId: data.familyId, productId: data.productId, enrolDate: data.enrolDate, stage: 'N' as const, previousExpiry: null };
    const { family, product, quote, countedMemberIds } = commandTerms(await policyTerms(tx, this.pricing, request, { scope, products, lock: true }));
    expectComputedValue(data.value, quote.value);
    expectOfficer(data.officerId);
    const policy = tx.create(Policy, {
      familyId: family.id,
      productId: product.id,
      officerId: data.officerId ?? null,
      stage: 'N',
      status: 'IDLE',
      value: quote.value,
      enrolDate: data.enrolDate,
      startDate: quote.startDate,
      expiryDate: quote.expiryDate,
      previousPolicyId: null,
      paidTotal: '0.00',
      changedBy: actor,
    });
    const members = addMembers(tx, policy, countedMemberIds, actor);
    await tx.flush();
    recordEvent(tx, createEvent(policyCreatedEvent, { subject: policy.id, data: policyState(policy) }));
    recordMembersAdded(tx, members);
    return { policy: policyView(policy) };
  }
}
