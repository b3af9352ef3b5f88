import { EntityManager } from '@mikro-orm/postgresql';
import { addDays, addMonths } from '@imis/kernel';
import { uuidv7 } from '@imis/persistence';
import type { ServiceTestApp } from '@imis/testing';
import { InsureePolicy, Policy } from '../../src/modules/policy';

export interface PolicyRow {
  familyId: string;
  productId: string;
  value: string;
  startDate: string;
  status?: Policy['status'];
  paidTotal?: string;
  effectiveDate?: string | null;
  insurancePeriod?: number;
  /** Members with a coverage row, effective as the policy unless given. */
  members: { insureeId: string; effectiveDate?: string | null }[];
}

/**
 * Writes a policy and its members' rows straight through the entities, as the policy commands would
 * (those belong to another module): the tests of activation, membership and coverage start from them.
 */
export async function insertPolicy(service: ServiceTestApp, row: PolicyRow): Promise<{ policy: Policy; members: InsureePolicy[] }> {
  const em = service.app.get(EntityManager).fork();
  const expiryDate = addDays(addMonths(row.startDate, row.insurancePeriod ?? 12), -1);
  const policy = em.create(Policy, {
    id: uuidv7(),
    familyId: row.familyId,
    productId: row.productId,
    stage: 'N',
    status: row.status ?? 'IDLE',
    value: row.value,
    enrolDate: addDays(row.startDate, -20),
    startDate: row.startDate,
    effectiveDate: row.effectiveDate ?? null,
    expiryDate,
    paidTotal: row.paidTotal ?? '0.00',
    changedBy: 'test',
  });
  const members = row.members.map((member) =>
    em.create(InsureePolicy, {
      id: uuidv7(),
      policyId: policy.id,
      insureeId: member.insureeId,
      enrolmentDate: policy.enrolDate,
      startDate: policy.startDate,
      effectiveDate: member.effectiveDate === undefined ? policy.effectiveDate : member.effectiveDate,
      expiryDate,
      changedBy: 'test',
    }),
  );
  await em.flush();
  return { policy, members };
}
