import { claimLineStatusSchema, claimStatusSchema, visitTypeSchema } from '@imis/contracts';

/** Claim statuses, visit types and line statuses, single-sourced from the event contracts. */
export const CLAIM_STATUSES = claimStatusSchema.options;
export const VISIT_TYPES = visitTypeSchema.options;
export const CLAIM_LINE_STATUSES = claimLineStatusSchema.options;

export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export type VisitType = (typeof VISIT_TYPES)[number];
export type ClaimLineStatus = (typeof CLAIM_LINE_STATUSES)[number];

/** The openIMIS number of each status (1 Rejected, 2 Entered, 4 Checked, 8 Processed, 16 Valuated). */
export const CLAIM_STATUS_CODES: Record<ClaimStatus, number> = { REJECTED: 1, ENTERED: 2, CHECKED: 4, PROCESSED: 8, VALUATED: 16 };

/** The openIMIS rejection reasons by name (claims.md §1), the numbers stored on claims and lines. */
export const REJECTION_REASONS = {
  REJECTED_BY_AI: -2,
  REJECTED_BY_MEDICAL_OFFICER: -1,
  ACCEPTED: 0,
  NOT_IN_REGISTERS: 1,
  NOT_IN_PRICE_LIST: 2,
  NO_COVERING_POLICY: 3,
  PATIENT_CATEGORY: 4,
  FREQUENCY: 5,
  DUPLICATE: 6,
  INVALID_INSUREE: 7,
  DIAGNOSIS_NOT_IN_LIST: 8,
  INVALID_TARGET_DATE: 9,
  CARE_TYPE: 10,
  MAXIMUM_HOSPITAL_ADMISSIONS: 11,
  MAXIMUM_VISITS: 12,
  MAXIMUM_CONSULTATIONS: 13,
  MAXIMUM_SURGERIES: 14,
  MAXIMUM_DELIVERIES: 15,
  MAXIMUM_QUANTITY: 16,
  WAITING_PERIOD: 17,
  MAXIMUM_ANTENATAL: 19,
  INVALID_CLAIM: 20,
  NO_COVERAGE: 21,
} as const;

export type RejectionReasonName = keyof typeof REJECTION_REASONS;

/** The name of an openIMIS rejection reason number; undefined for a number openIMIS does not define. */
export function rejectionReasonName(code: number): RejectionReasonName | undefined {
  return (Object.keys(REJECTION_REASONS) as RejectionReasonName[]).find((name) => REJECTION_REASONS[name] === code);
}

/** Target date = date to, else date from (claims.md §1). */
export function targetDate(dateFrom: string, dateTo: string | null): string {
  return dateTo ?? dateFrom;
}
