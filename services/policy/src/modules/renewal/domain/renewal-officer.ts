/** An enrolment officer as far as a renewal needs it (officer projection). */
export interface RenewalOfficer {
  readonly id: string;
  readonly substitutionOfficerId: string | null;
  /** Last working day (YYYY-MM-DD); null: open-ended. */
  readonly worksTo: string | null;
}

export interface RenewalOfficerChoice {
  readonly officerId: string;
  /** The chosen officer's contract ends before the renewal date (renewal warning 4). */
  readonly contractEnds: boolean;
}

/** Whether the officer still works on `date`: a last working day on or after it, or none. */
export function worksOn(officer: Pick<RenewalOfficer, 'worksTo'>, date: string): boolean {
  return officer.worksTo === null || officer.worksTo >= date;
}

/**
 * Who handles a renewal (§3, officer substitution chain): the policy's officer while its contract covers the
 * renewal date, else its substitute, and so on. The walk stops at an officer who still works on that date, at
 * the end of the chain, at a substitute not among the current officers (deleted), or at one already met (a
 * loop): the last officer reached is chosen. null: the policy has no officer, or not a current one.
 */
export function renewalOfficer(officerId: string | null, officers: ReadonlyMap<string, RenewalOfficer>, renewalDate: string): RenewalOfficerChoice | null {
  let officer = officerId === null ? undefined : officers.get(officerId);
  if (!officer) return null;
  const met = new Set([officer.id]);
  while (!worksOn(officer, renewalDate)) {
    const next: RenewalOfficer | undefined = officer.substitutionOfficerId === null ? undefined : officers.get(officer.substitutionOfficerId);
    if (!next || met.has(next.id)) break;
    met.add(next.id);
    officer = next;
  }
  return { officerId: officer.id, contractEnds: !worksOn(officer, renewalDate) };
}
