import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { createEvent, insureePolicyAddedEvent, insureePolicyRemovedEvent, policyUpdatedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { InsureePolicy, Policy } from '../../policy';
import { PolicyPricing, type PolicyMember } from '../../policy-value';
import { insureePolicyState, policyState } from '../../policy';
import type { Product } from '../../product';
import { fitsMemberCap, joiningEffectiveDate, joinsPolicy, MEMBERSHIP_STATUSES } from '../domain/membership-rules';
import { productOf, revaluePolicy, sameMoney } from './policy-revaluation';

/** Who the membership changes are recorded as (changedBy, history). */
export const MEMBERSHIP_ACTOR = 'system:policy-membership';

/**
 * A family's current policies follow its members (domain §3): a member joining gets a coverage row on each
 * (unless the product's member cap is reached) and the value is computed again; a member leaving loses its
 * rows and the value is computed again. Runs in the consumer's transaction; idempotent (a member with a row
 * is not added again, a member without one is not removed).
 */
@Injectable()
export class FamilyMembership {
  private readonly logger = new Logger('PolicyMembership');

  constructor(private readonly pricing: PolicyPricing) {}

  /** `members` joined the family on `joinedOn` (their states as the event carries them). */
  async join(tx: EntityManager, familyId: string, members: readonly PolicyMember[], joinedOn: string): Promise<void> {
    if (members.length === 0) return;
    const known = new Map(members.map((member) => [member.id, member]));
    for (const policy of await this.currentPolicies(tx, { familyId })) {
      if (!joinsPolicy(policy, joinedOn)) continue;
      const product = await productOf(tx, policy);
      const rows = await tx.find(InsureePolicy, { policyId: policy.id, deletedAt: null }, { orderBy: { id: 'asc' } });
      const holders = rows.map((row) => row.insureeId);
      const joining: PolicyMember[] = [];
      for (const member of members) {
        if (holders.includes(member.id)) continue;
        if (!fitsMemberCap(holders.length, product.memberCount)) {
          this.logger.warn(`Insuree ${member.id} joined family ${familyId} above the member cap (${product.memberCount}) of policy ${policy.id}: not covered by it`);
          continue;
        }
        holders.push(member.id);
        joining.push(member);
      }
      if (joining.length === 0) continue;
      const valueChanged = await this.revalue(tx, policy, product, holders, known);
      const effectiveDate = joiningEffectiveDate(policy, policy.value, joinedOn);
      const added = joining.map((member) =>
        tx.create(InsureePolicy, {
          policyId: policy.id,
          insureeId: member.id,
          enrolmentDate: joinedOn,
          startDate: policy.startDate,
          effectiveDate,
          expiryDate: policy.expiryDate,
          changedBy: MEMBERSHIP_ACTOR,
        }),
      );
      await tx.flush();
      if (valueChanged) recordEvent(tx, createEvent(policyUpdatedEvent, { subject: policy.id, data: policyState(policy) }));
      for (const row of added) recordEvent(tx, createEvent(insureePolicyAddedEvent, { subject: row.id, data: insureePolicyState(row) }));
    }
  }

  /** The insurees left the family (`familyId` null: whatever family they were in): their rows on its current policies are removed. */
  async leave(tx: EntityManager, familyId: string | null, insureeIds: readonly string[]): Promise<void> {
    if (insureeIds.length === 0) return;
    const leaving = await tx.find(InsureePolicy, { insureeId: { $in: [...insureeIds] }, deletedAt: null });
    if (leaving.length === 0) return;
    const policyIds = [...new Set(leaving.map((row) => row.policyId))];
    for (const policy of await this.currentPolicies(tx, { id: { $in: policyIds }, ...(familyId ? { familyId } : {}) })) {
      const rows = await tx.find(InsureePolicy, { policyId: policy.id, deletedAt: null }, { orderBy: { id: 'asc' } });
      const removed = rows.filter((row) => insureeIds.includes(row.insureeId));
      const at = new Date();
      for (const row of removed) row.markDeleted(MEMBERSHIP_ACTOR, at);
      const remaining = rows.filter((row) => !removed.includes(row)).map((row) => row.insureeId);
      const valueChanged = await this.revalue(tx, policy, await productOf(tx, policy), remaining, new Map());
      await tx.flush();
      if (valueChanged) recordEvent(tx, createEvent(policyUpdatedEvent, { subject: policy.id, data: policyState(policy) }));
      for (const row of removed) {
        recordEvent(tx, createEvent(insureePolicyRemovedEvent, { subject: row.id, data: { id: row.id, policyId: policy.id, insureeId: row.insureeId, version: row.version } }));
      }
    }
  }

  /** Locked in id order, so that two transactions on one family wait for each other rather than deadlock. */
  private currentPolicies(tx: EntityManager, where: { familyId?: string; id?: { $in: string[] } }): Promise<Policy[]> {
    return tx.find(
      Policy,
      { ...where, deletedAt: null, status: { $in: [...MEMBERSHIP_STATUSES] } },
      { orderBy: { id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE },
    );
  }

  /** Sets the value the members holding rows give; true when it changed (a new version of the policy). */
  private async revalue(tx: EntityManager, policy: Policy, product: Product, insureeIds: readonly string[], known: ReadonlyMap<string, PolicyMember>): Promise<boolean> {
    const value = await revaluePolicy(tx, this.pricing, policy, product, insureeIds, known);
    if (sameMoney(value, policy.value)) return false;
    policy.value = value;
    policy.markChanged(MEMBERSHIP_ACTOR);
    return true;
  }
}
