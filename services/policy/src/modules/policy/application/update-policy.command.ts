import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { expectVersion, refuse, type UseCase } from '@imis/application';
import { createEvent, insureePolicyUpdatedEvent, policyUpdatedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { PolicyPricing } from '../../policy-value';
import { policyErrors } from '../domain/policy.errors';
import { Policy } from '../infrastructure/policy.entity';
import type { PolicyCommandMeta } from './policy-command-meta';
import { policyInScope } from './policy-in-scope';
import { expectComputedValue, expectOfficer } from './policy-input-checks';
import { currentMembers } from './policy-members';
import { policyTerms, commandTerms } from './policy-terms';
import { insureePolicyState, policyState, policyView, type PolicyView } from './policy.view';

export interface UpdatePolicyData {
  id: string;
  version?: number | null;
  /** Absent: unchanged. */
  enrolDate?: string | null;
  /** Absent: unchanged; null: no officer. */
  officerId?: string | null;
  /** When sent, must equal the recomputed value. */
  value?: string | null;
}

/**
 * Changes an Idle policy (not yet paid): enrolment date and officer; its dates and value are computed again
 * from the product and the family's current members, and its members' rows follow the new dates.
 */
@Injectable()
export class UpdatePolicy implements UseCase<UpdatePolicyData, { policy: PolicyView }, PolicyCommandMeta> {
  readonly operation = 'updatePolicy';

  constructor(private readonly pricing: PolicyPricing) {}

  async execute(tx: EntityManager, data: UpdatePolicyData, { actor, scope, products }: PolicyCommandMeta): Promise<{ policy: PolicyView }> {
    const policy = await policyInScope(tx, data.id, scope);
    expectVersion(policy, data.version);
    if (policy.status !== 'IDLE') refuse(policyErrors.notIdle());
    const previousExpiry = policy.previousPolicyId ? ((await tx.findOne(Policy, { id: policy.previousPolicyId }))?.expiryDate ?? null) : null;
    const enrolDate = data.enrolDate ?? policy.enrolDate;
    const request = { familyId: policy.familyId, productId: policy.productId, enrolDate, stage: policy.stage, previousExpiry };
    const { quote } = commandTerms(await policyTerms(tx, this.pricing, request, { scope, products, lock: true }));
    expectComputedValue(data.value, quote.value);
    if (data.officerId !== undefined) expectOfficer(data.officerId);
    const officerId = data.officerId === undefined ? policy.officerId : data.officerId;
    const next = { enrolDate, officerId, value: quote.value, startDate: quote.startDate, expiryDate: quote.expiryDate };
    const policyChanged = (Object.keys(next) as (keyof typeof next)[]).some((field) => policy[field] !== next[field]);
    const oldEnrolDate = policy.enrolDate;
    Object.assign(policy, next);
    const changed = (await currentMembers(tx, policy.id)).filter((row) => {
      // A member who joined after the policy keeps its own enrolment date.
      const dates = { enrolmentDate: row.enrolmentDate === oldEnrolDate ? enrolDate : row.enrolmentDate, startDate: quote.startDate, expiryDate: quote.expiryDate };
      const moved = row.enrolmentDate !== dates.enrolmentDate || row.startDate !== dates.startDate || row.expiryDate !== dates.expiryDate;
      Object.assign(row, dates);
      return moved;
    });
    if (!policyChanged && changed.length === 0) return { policy: policyView(policy) };
    policy.markChanged(actor);
    for (const row of changed) row.markChanged(actor);
    await tx.flush();
    recordEvent(tx, createEvent(policyUpdatedEvent, { subject: policy.id, data: policyState(policy) }));
    for (const row of changed) recordEvent(tx, createEvent(insureePolicyUpdatedEvent, { subject: row.id, data: insureePolicyState(row) }));
    return { policy: policyView(policy) };
  }
}
