import { collect, type DomainError, isCalendarDate, type Result } from '@imis/kernel';
import { userAdminErrors } from './user-admin.errors';

export interface ActiveWindow {
  /** "YYYY-MM-DD". */
  activeFrom: string;
  /** "YYYY-MM-DD"; null: no end. */
  activeTo: string | null;
}

/** The days a user may sign in: from activeFrom (today when not given) to activeTo inclusive. */
export function checkActiveWindow(activeFrom: string | null | undefined, activeTo: string | null | undefined, today: string): Result<ActiveWindow> {
  const from = activeFrom ?? today;
  const to = activeTo ?? null;
  const errors: DomainError[] = [];
  if (!isCalendarDate(from)) errors.push(userAdminErrors.fieldInvalid('activeFrom', 'activeFrom must be a date YYYY-MM-DD'));
  if (to !== null && !isCalendarDate(to)) errors.push(userAdminErrors.fieldInvalid('activeTo', 'activeTo must be a date YYYY-MM-DD'));
  if (errors.length === 0 && to !== null && to < from) errors.push(userAdminErrors.activeWindowInvalid());
  return collect(errors, () => ({ activeFrom: from, activeTo: to }));
}

/** True when `day` lies in the window. */
export function isActiveOn(window: ActiveWindow, day: string): boolean {
  return window.activeFrom <= day && (window.activeTo === null || day <= window.activeTo);
}
