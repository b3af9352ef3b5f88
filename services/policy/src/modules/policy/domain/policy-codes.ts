import { policyStageSchema, policyStatusSchema } from '@imis/contracts';

/** Policy statuses and stages, single-sourced from the event contracts (openIMIS codes in the contract's description). */
export const POLICY_STATUSES = policyStatusSchema.options;
export const POLICY_STAGES = policyStageSchema.options;

export type PolicyStatus = (typeof POLICY_STATUSES)[number];
export type PolicyStage = (typeof POLICY_STAGES)[number];

/** The openIMIS numeric code of each status (1 Idle, 2 Active, 4 Suspended, 8 Expired, 16 Ready), for exports and enquiry letters. */
export const POLICY_STATUS_CODES: Record<PolicyStatus, number> = { IDLE: 1, ACTIVE: 2, SUSPENDED: 4, EXPIRED: 8, READY: 16 };

/** Statuses whose policies give coverage to claims (claims.md §1: Active 2, Expired 8). */
export const COVERING_STATUSES: readonly PolicyStatus[] = ['ACTIVE', 'EXPIRED'];
