import type { DomainError } from '@imis/kernel';

/**
 * The optional selection of a manual reminder run (§3 "Optional filters"): families living in a location
 * (region, district, ward or village), policies of an officer, policies expiring within [dateFrom, dateTo].
 * A scheduled run has none.
 */
export interface RenewalRunFilter {
  readonly locationId: string | null;
  readonly officerId: string | null;
  /** Earliest expiry date selected; null: no lower bound. */
  readonly dateFrom: string | null;
  /** Latest expiry date selected; null: the run date + POLICY_RENEWAL_INTERVAL_DAYS. */
  readonly dateTo: string | null;
}

export const NO_RENEWAL_FILTER: RenewalRunFilter = { locationId: null, officerId: null, dateFrom: null, dateTo: null };

const error = (code: string, message: string, field: string): DomainError => ({ code, message, field });

/** Refusals of a reminder run's filter (documented in the service README). */
export const renewalFilterErrors = {
  dateRangeInvalid: () => error('RENEWAL_DATE_RANGE_INVALID', 'dateTo must not be before dateFrom', 'dateTo'),
  locationRequired: () => error('RENEWAL_LOCATION_REQUIRED', 'Your data scope is restricted: name a location within it', 'locationId'),
  locationNotFound: () => error('RENEWAL_LOCATION_NOT_FOUND', 'No current location in your data scope has this id', 'locationId'),
  officerNotFound: () => error('RENEWAL_OFFICER_NOT_FOUND', 'No current enrolment officer working in your data scope has this id', 'officerId'),
};

/** What the caller found of the filter's location and officer: current and within the user's data scope. */
export interface RenewalFilterFacts {
  readonly restrictedScope: boolean;
  readonly locationFound: boolean;
  readonly officerFound: boolean;
}

/**
 * The faults of a filter, every one at once: a range ending before it starts; a user whose data scope is
 * restricted running without a location (a run would remind families outside it); a location or an officer
 * that is unknown, deleted or outside the user's data scope (answered alike, as for any unknown id).
 */
export function renewalFilterFaults(filter: RenewalRunFilter, facts: RenewalFilterFacts): DomainError[] {
  const faults: DomainError[] = [];
  if (filter.dateFrom !== null && filter.dateTo !== null && filter.dateTo < filter.dateFrom) faults.push(renewalFilterErrors.dateRangeInvalid());
  if (filter.locationId === null && facts.restrictedScope) faults.push(renewalFilterErrors.locationRequired());
  if (filter.locationId !== null && !facts.locationFound) faults.push(renewalFilterErrors.locationNotFound());
  if (filter.officerId !== null && !facts.officerFound) faults.push(renewalFilterErrors.officerNotFound());
  return faults;
}
