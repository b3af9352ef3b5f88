import type { EntityManager } from '@mikro-orm/postgresql';
import { createEvent, insureePolicyAddedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { InsureePolicy } from '../infrastructure/insuree-policy.entity';
import type { Policy } from '../infrastructure/policy.entity';
import { insureePolicyState } from './policy.view';

/** One coverage row per counted member, not covered (no effective date) until the policy is paid. */
export function addMembers(tx: EntityManager, policy: Policy, memberIds: readonly string[], actor: string): InsureePolicy[] {
  return memberIds.map((insureeId) =>
    tx.create(InsureePolicy, {
      policyId: policy.id,
      insureeId,
      enrolmentDate: policy.enrolDate,
      startDate: policy.startDate,
      effectiveDate: null,
      expiryDate: policy.expiryDate,
      changedBy: actor,
    }),
  );
}

/** The added rows' events, after the flush that gave them their versions. */
export function recordMembersAdded(tx: EntityManager, rows: readonly InsureePolicy[]): void {
  for (const row of rows) recordEvent(tx, createEvent(insureePolicyAddedEvent, { subject: row.id, data: insureePolicyState(row) }));
}

export function currentMembers(tx: EntityManager, policyId: string): Promise<InsureePolicy[]> {
  return tx.find(InsureePolicy, { policyId, deletedAt: null }, { orderBy: { id: 'asc' } });
}
