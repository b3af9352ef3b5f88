import type { ScopeFilter } from '@imis/auth';
import { allows } from '@imis/auth';

/**
 * The claims a user sees and enters: a claim administrator only its facility’s (`claimAdmin`); anyone else those of
 * facilities in its districts, or of insurees living in its locations (an officer’s villages).
 */
export interface ClaimScope {
  readonly locations: ScopeFilter;
  /** Set when the user signs in as a claim administrator. */
  readonly claimAdmin: { readonly id: string; readonly healthFacilityId: string } | null;
}

/** Whether the user may enter claims of a facility (of this district). */
export function mayEnterAt(scope: ClaimScope, facility: { id: string; districtId: string }): boolean {
  if (scope.claimAdmin) return scope.claimAdmin.healthFacilityId === facility.id;
  return allows(scope.locations, facility.districtId);
}
