import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { createEvent, insureePolicyAddedEvent, insureePolicyRemovedEvent, policyUpdatedEvent, type CloudEvent } from '@imis/contracts';
import type { FamilyMembershipChange, FamilyMembershipListener } from '@imis/insuree-projection';
import { recordEvent } from '@imis/messaging';
import { InsureePolicy, insureePolicyState, Policy, policyState } from '../../policy';
import { PolicyPricing } from '../../policy-value';
import type { Product } from '../../product';
import { joiningEffectiveDate, MEMBERSHIP_STATUSES, planMembership, type MembershipPlan } from '../domain/membership-rules';
import { pricingData, productOf, productsOf, revaluedPolicy, sameMoney, type PricingData } from './policy-revaluation';

/** Who the membership changes are recorded as (changedBy, history). */
export const MEMBERSHIP_ACTOR = 'system:policy-membership';

/** The calendar date (UTC) of the event: the joining member's enrolment date. */
function dateOf(event: CloudEvent<unknown>): string {
  return new Date(event.time).toISOString().slice(0, 10);
}

interface PolicyChange {
  readonly policy: Policy;
  /** Its current rows before the change. */
  readonly rows: readonly InsureePolicy[];
  readonly plan: MembershipPlan;
}

/**
 * A family's current policies follow its members (domain §3): a member joining gets a coverage row on each
 * (unless the product's member cap is reached) and the value is computed again; a member leaving loses its
 * rows and the value is computed again. The insuree projection calls it in its own transaction for the
 * changes it applied (never for an event older than what it holds), the families locked against commands
 * reading their members (`lockFamilyMembership`: ADR 0019); idempotent besides (a member with a row is not
 * added again, a member without one is not removed).
 * Set-based: one query per kind of row, whatever the number of families and policies.
 */
@Injectable()
export class FamilyMembership implements FamilyMembershipListener {
  private readonly logger = new Logger('PolicyMembership');

  constructor(private readonly pricing: PolicyPricing) {}

  async membersChanged(tx: EntityManager, changes: readonly FamilyMembershipChange[], event: CloudEvent<unknown>): Promise<void> {
    const policies = await this.currentPolicies(tx, changes);
    if (policies.length === 0) return;
    const joinedOn = dateOf(event);
    const rows = await tx.find(InsureePolicy, { policyId: { $in: policies.map((policy) => policy.id) }, deletedAt: null }, { orderBy: { id: 'asc' } });
    const products = await productsOf(tx, policies);
    const changed: PolicyChange[] = [];
    for (const policy of policies) {
      const current = rows.filter((row) => row.policyId === policy.id);
      const plan = planMembership({
        policy,
        holders: current.map((row) => row.insureeId),
        memberCount: productOf(products, policy).memberCount,
        leavers: changes.filter((change) => change.fromFamilyId === policy.familyId).map((change) => change.insureeId),
        joiners: changes.filter((change) => change.toFamilyId === policy.familyId).map((change) => change.insureeId),
        joinedOn,
      });
      for (const id of plan.aboveCap) this.logger.warn(`Insuree ${id} joined family ${policy.familyId} above the member cap of policy ${policy.id}: not covered by it`);
      if (plan.joining.length > 0 || plan.leaving.length > 0) changed.push({ policy, rows: current, plan });
    }
    if (changed.length === 0) return;
    const data = await pricingData(
      tx,
      changed.map((one) => one.policy),
      changed.flatMap((one) => one.plan.holders),
    );
    const applied = changed.map((one) => this.apply(tx, one, productOf(products, one.policy), data, joinedOn));
    await tx.flush();
    for (const { policy, valueChanged, removed, added } of applied) {
      if (valueChanged) recordEvent(tx, createEvent(policyUpdatedEvent, { subject: policy.id, data: policyState(policy) }));
      for (const row of removed) {
        recordEvent(tx, createEvent(insureePolicyRemovedEvent, { subject: row.id, data: { id: row.id, policyId: policy.id, insureeId: row.insureeId, version: row.version } }));
      }
      for (const row of added) recordEvent(tx, createEvent(insureePolicyAddedEvent, { subject: row.id, data: insureePolicyState(row) }));
    }
  }

  /** The value for the members holding rows afterwards (a new value: a new version), the leavers' rows removed, the joiners' added. */
  private apply(tx: EntityManager, { policy, rows, plan }: PolicyChange, product: Product, data: PricingData, joinedOn: string) {
    const value = revaluedPolicy(this.pricing, policy, product, plan.holders, data);
    const valueChanged = !sameMoney(value, policy.value);
    if (valueChanged) {
      policy.value = value;
      policy.markChanged(MEMBERSHIP_ACTOR);
    }
    const at = new Date();
    const removed = rows.filter((row) => plan.leaving.includes(row.insureeId));
    for (const row of removed) row.markDeleted(MEMBERSHIP_ACTOR, at);
    const effectiveDate = joiningEffectiveDate(policy, policy.value, joinedOn);
    const added = plan.joining.map((insureeId) =>
      tx.create(InsureePolicy, {
        policyId: policy.id,
        insureeId,
        enrolmentDate: joinedOn,
        startDate: policy.startDate,
        effectiveDate,
        expiryDate: policy.expiryDate,
        changedBy: MEMBERSHIP_ACTOR,
      }),
    );
    return { policy, valueChanged, removed, added };
  }

  /** The current policies of the families concerned, locked in id order (two transactions on one family wait for each other rather than deadlock). */
  private currentPolicies(tx: EntityManager, changes: readonly FamilyMembershipChange[]): Promise<Policy[]> {
    const familyIds = [...new Set(changes.flatMap((change) => [change.fromFamilyId, change.toFamilyId]).filter((id): id is string => id !== null))];
    return tx.find(
      Policy,
      { familyId: { $in: familyIds }, deletedAt: null, status: { $in: [...MEMBERSHIP_STATUSES] } },
      { orderBy: { id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE },
    );
  }
}
