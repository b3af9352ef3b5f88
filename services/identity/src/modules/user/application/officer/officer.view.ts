import type { HistoryRecord } from '@imis/persistence';
import type { OfficerFields } from '../../domain/officer-fields';
import type { EnrolmentOfficer } from '../../infrastructure/enrolment-officer.entity';
import { arrayFromHistory } from '../history-arrays';
import { currentVersion, pastVersion, pickFields, STAFF_MEMBER_FIELDS, type PastVersionView, type VersionedView } from '../versioned-view';

export interface OfficerView extends OfficerFields, VersionedView {}

export interface OfficerVersionView extends OfficerFields, PastVersionView {}

const FIELDS = [
  ...STAFF_MEMBER_FIELDS, 'address', 'villageIds', 'substitutionOfficerId', 'worksTo', 'phoneCommunication',
] as const satisfies readonly (keyof OfficerFields)[];

export function officerFields(officer: EnrolmentOfficer | Record<string, unknown>): OfficerFields {
  const fields = pickFields(officer, FIELDS) as unknown as OfficerFields;
  return { ...fields, villageIds: arrayFromHistory(fields.villageIds), phoneCommunication: fields.phoneCommunication === true };
}

export function officerView(officer: EnrolmentOfficer): OfficerView {
  return { ...currentVersion(officer), ...officerFields(officer) };
}

export function officerVersionView(record: HistoryRecord): OfficerVersionView {
  return { ...pastVersion(record), ...officerFields(record.data) };
}
