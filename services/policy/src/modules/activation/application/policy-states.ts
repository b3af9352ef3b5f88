import type { InsureePolicyState, PolicyState } from '@imis/contracts';
import type { InsureePolicy, Policy } from '../../policy';

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
    version: policy.version,
  };
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
