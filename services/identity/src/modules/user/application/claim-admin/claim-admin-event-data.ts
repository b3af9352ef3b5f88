import type { ClaimAdminState } from '@imis/contracts';
import type { ClaimAdministrator } from '../../infrastructure/claim-administrator.entity';

/** What claim administrator events carry (`created`, `updated`, `deleted`: the last state). */
export function claimAdminState(admin: ClaimAdministrator): ClaimAdminState {
  const { id, code, lastName, otherNames, healthFacilityId, userId, version } = admin;
  return { id, code, lastName, otherNames, healthFacilityId, userId, version };
}
