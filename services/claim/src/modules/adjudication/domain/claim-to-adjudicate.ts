import type { CareType, FacilityLevel, Gender, LineKind, VisitType } from './claim-codes';

/** The insuree as the claim's checks see them. */
export interface ClaimInsuree {
  readonly id: string;
  readonly familyId: string;
  /** YYYY-MM-DD; adult = age ≥ the context's age of majority at the claim's target date. */
  readonly birthDate: string;
  /** O counts as male in patient-category masks. */
  readonly gender: Gender;
  /** False when the insuree (or their family) is no longer a current record. */
  readonly active: boolean;
}

export interface ClaimFacility {
  readonly id: string;
  readonly level: FacilityLevel;
  /** null counts as B (both). */
  readonly careType: CareType | null;
  readonly itemsPriceListId: string | null;
  readonly servicesPriceListId: string | null;
}

/** One item or service line as entered (and possibly reviewed). Money as decimal strings. */
export interface ClaimLineInput {
  readonly id: string;
  /** The medical item's or service's id (its kind is given by the list it is in). */
  readonly medicalId: string;
  readonly qtyProvided: number;
  readonly priceAsked: string;
  /** Set by a medical officer's review; null/absent before. */
  readonly qtyApproved?: number | null;
  readonly priceApproved?: string | null;
}

/** A claim handed to adjudication, with what it needs of its insuree and facility. */
export interface ClaimToAdjudicate {
  readonly id: string;
  readonly code: string;
  readonly insuree: ClaimInsuree;
  readonly facility: ClaimFacility;
  readonly visitType: VisitType;
  /** Required on entry; null only in hostile or legacy data (then check 9 rejects). */
  readonly dateFrom: string | null;
  readonly dateTo: string | null;
  readonly dateClaimed: string;
  /** Main diagnosis first, then up to four secondary ones (ids). */
  readonly diagnoses: readonly string[];
  readonly items: readonly ClaimLineInput[];
  readonly services: readonly ClaimLineInput[];
}

/** A line with its kind, in the order lines are checked and valued (items, then services). */
export interface ClaimLineRef {
  readonly kind: LineKind;
  readonly line: ClaimLineInput;
}

/** Target date = date to ?? date from (null when both are missing). */
export function targetDateOf(claim: Pick<ClaimToAdjudicate, 'dateFrom' | 'dateTo'>): string | null {
  return claim.dateTo ?? claim.dateFrom;
}

/** In-patient iff the target date differs from the start date. */
export function isInPatient(claim: Pick<ClaimToAdjudicate, 'dateFrom' | 'dateTo'>): boolean {
  const target = targetDateOf(claim);
  return target !== null && claim.dateFrom !== null && target !== claim.dateFrom;
}

export function linesOf(claim: Pick<ClaimToAdjudicate, 'items' | 'services'>): ClaimLineRef[] {
  return [...claim.items.map((line) => ({ kind: 'item' as const, line })), ...claim.services.map((line) => ({ kind: 'service' as const, line }))];
}

/** The quantity a line is checked and valued with: the reviewer's, else the provided one. */
export function requestedQuantity(line: ClaimLineInput): number {
  return line.qtyApproved ?? line.qtyProvided;
}
