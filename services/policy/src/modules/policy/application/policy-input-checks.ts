import { refuse } from '@imis/application';
import { isMoney, moneyToCents } from '@imis/kernel';
import { isUuid } from '@imis/persistence';
import { policyErrors } from '../domain/policy.errors';

/** A value the client sends must be the computed one (it shows the family what it pays). */
export function expectComputedValue(sent: string | null | undefined, computed: string): void {
  if (sent === null || sent === undefined) return;
  if (!isMoney(sent)) refuse(policyErrors.valueInvalid());
  if (moneyToCents(sent) !== moneyToCents(computed)) refuse(policyErrors.valueMismatch(computed));
}

/** An officer id, when given, is a UUID (identity's officers; not checked further here). */
export function expectOfficer(officerId: string | null | undefined): void {
  if (officerId !== null && officerId !== undefined && !isUuid(officerId)) refuse(policyErrors.officerInvalid());
}
