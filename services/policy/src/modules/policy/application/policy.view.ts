import type { InsureePolicyState, PolicyState } from '@imis/contracts';
import type { InsureePolicy } from '../infrastructure/insuree-policy.entity';
import type { Policy } from '../infrastructure/policy.entity';

/** A policy as commands and queries answer it (plain JSON: stored for clientMutationId replays). */
export interface PolicyView extends PolicyState {
  paidTotal: string;
  underpaid: boolean;
  changedBy: string;
}

/** A policy as its events carry it. */
export function policyState(policy: Policy): PolicyState {
  return {
    id: policy.id,
    familyId: policy.familyId,
    productId: policy.productId,
    officerId: policy.officerId,
    stage: policy.stage,
    status: policy.status,
    value: policy.value,
    enrolDate: policy.enrolDate,
    startDate: policy.startDate,
    effectiveDate: policy.effectiveDate,
    expiryDate: policy.expiryDate,
    previousPolicyId: policy.previousPolicyId,
    paidTotal: policy.paidTotal,
    underpaid: policy.underpaid,
    version: policy.version,
  };
}

export function policyView(policy: Policy): PolicyView {
  return { ...policyState(policy), changedBy: policy.changedBy };
}

/** A member's coverage row as its events carry it. */
export function insureePolicyState(row: InsureePolicy): InsureePolicyState {
  return {
    id: row.id,
    policyId: row.policyId,
    insureeId: row.insureeId,
    enrolmentDate: row.enrolmentDate,
    startDate: row.startDate,
    effectiveDate: row.effectiveDate,
    expiryDate: row.expiryDate,
    version: row.version,
  };
}
