import type { OfficerState } from '@imis/contracts';
import type { EnrolmentOfficer } from '../../infrastructure/enrolment-officer.entity';

/** What enrolment officer events carry (`created`, `updated`, `deleted`: the last state). */
export function officerState(officer: EnrolmentOfficer): OfficerState {
  const { id, code, lastName, otherNames, villageIds, substitutionOfficerId, worksTo, userId, version } = officer;
  return { id, code, lastName, otherNames, villageIds, substitutionOfficerId, worksTo, userId, version };
}
