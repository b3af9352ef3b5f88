import { addMonths } from '@imis/kernel';

export type CoveragePolicyStatus = 'IDLE' | 'ACTIVE' | 'SUSPENDED' | 'EXPIRED' | 'READY';

/** openIMIS enquiry letters: I idle (not covered yet), A active, S suspended, R ready, E expired. */
export type CoverageLetter = 'I' | 'A' | 'S' | 'R' | 'E';

/** One member's coverage row under a policy, as the letter reads it. */
export interface MemberCoverageDates {
  /** The member's effective date; null = not covered. */
  readonly effectiveDate: string | null;
  readonly expiryDate: string;
  readonly status: CoveragePolicyStatus;
}

const BY_STATUS: Partial<Record<CoveragePolicyStatus, CoverageLetter>> = { IDLE: 'I', ACTIVE: 'A', SUSPENDED: 'S', READY: 'R' };

/** The member's letter on the target date (§3 coverage enquiry): its own dates first, then the policy's status. */
export function coverageLetter(row: MemberCoverageDates, targetDate: string): CoverageLetter {
  if (row.effectiveDate === null || row.effectiveDate > targetDate) return 'I';
  if (targetDate > row.expiryDate) return 'E';
  return BY_STATUS[row.status] ?? 'E';
}

/** How far back expired rows are still answered (openIMIS: about two years). */
export const EXPIRED_ROWS_MONTHS = 24;

/** The earliest expiry of a row the enquiry still answers: what its SQL selects from. */
export function oldestAnsweredExpiry(targetDate: string): string {
  return addMonths(targetDate, -EXPIRED_ROWS_MONTHS);
}

/** The rows answered: the active ones (letter A) when there are any, else every row (expired within two years, idle, suspended…). */
export function answeredRows<R extends { readonly letter: CoverageLetter }>(rows: readonly R[]): R[] {
  const active = rows.filter((row) => row.letter === 'A');
  return active.length > 0 ? active : [...rows];
}
