/** openIMIS claim statuses (claims.md §1) and their stored codes. */
export const CLAIM_STATUS_CODES = { REJECTED: 1, ENTERED: 2, CHECKED: 4, PROCESSED: 8, VALUATED: 16 } as const;
export type ClaimStatus = keyof typeof CLAIM_STATUS_CODES;

/** Line statuses: 1 passed, 2 rejected. */
export const LINE_STATUS_CODES = { PASSED: 1, REJECTED: 2 } as const;
export type LineStatus = keyof typeof LINE_STATUS_CODES;

/** The rejection reasons adjudication sets (claims.md §1); 0 is accepted. */
export const REJECTION = {
  ACCEPTED: 0,
  NOT_IN_REGISTERS: 1,
  NOT_IN_PRICE_LIST: 2,
  NO_COVERING_PRODUCT: 3,
  PATIENT_CATEGORY: 4,
  FREQUENCY: 5,
  INVALID_INSUREE: 7,
  INVALID_TARGET_DATE: 9,
  CARE_TYPE: 10,
  MAX_HOSPITAL_ADMISSIONS: 11,
  MAX_VISITS: 12,
  MAX_CONSULTATIONS: 13,
  MAX_SURGERIES: 14,
  MAX_DELIVERIES: 15,
  MAX_QUANTITY: 16,
  WAITING_PERIOD: 17,
  MAX_ANTENATAL: 19,
} as const;
export type RejectionReason = (typeof REJECTION)[keyof typeof REJECTION];

export type VisitType = 'O' | 'E' | 'R';
export type CareType = 'I' | 'O' | 'B';
export type FacilityLevel = 'D' | 'C' | 'H';
export type Gender = 'M' | 'F' | 'O';
export type LineKind = 'item' | 'service';

/** A service's category; null in the register counts as V. */
export type ServiceCategory = 'S' | 'D' | 'A' | 'H' | 'C' | 'O' | 'V';
/** The category stored on a claim at checking (never O here: see claim-category.ts). */
export type ClaimCategory = 'S' | 'D' | 'A' | 'H' | 'C' | 'V';

export type PriceOrigin = 'P' | 'O' | 'R';
export type LimitationType = 'C' | 'F';
export type CeilingType = 'I' | 'T' | 'P';
export type CeilingInterpretation = 'I' | 'H';
export type CeilingExclusion = 'H' | 'N' | 'B';
export type PolicyStage = 'N' | 'R';
export type PolicyStatus = 'IDLE' | 'ACTIVE' | 'SUSPENDED' | 'EXPIRED' | 'READY';

/** Policy statuses that give coverage. */
export const COVERING_POLICY_STATUSES: readonly PolicyStatus[] = ['ACTIVE', 'EXPIRED'];

/** The category maximum of each claim category: which product limit it reads and the code it rejects with. */
export const CATEGORY_MAXIMA: Readonly<Record<ClaimCategory, { readonly limit: CategoryLimitName; readonly code: RejectionReason }>> = {
  C: { limit: 'consultation', code: REJECTION.MAX_CONSULTATIONS },
  S: { limit: 'surgery', code: REJECTION.MAX_SURGERIES },
  D: { limit: 'delivery', code: REJECTION.MAX_DELIVERIES },
  A: { limit: 'antenatal', code: REJECTION.MAX_ANTENATAL },
  H: { limit: 'hospitalization', code: REJECTION.MAX_HOSPITAL_ADMISSIONS },
  V: { limit: 'visit', code: REJECTION.MAX_VISITS },
};
export type CategoryLimitName = 'consultation' | 'surgery' | 'delivery' | 'antenatal' | 'hospitalization' | 'visit';

export const CATEGORY_MAXIMUM_CODES: readonly number[] = Object.values(CATEGORY_MAXIMA).map((one) => one.code);
