import type { OfficerState } from '@imis/contracts';
import type { HistoryRecord } from '@imis/persistence';
import type { OfficerFields } from '../../domain/officer-fields';
import type { EnrolmentOfficer } from '../../infrastructure/enrolment-officer.entity';
import { arrayFromHistory } from '../history-arrays';

export interface OfficerView extends OfficerFields {
  id: string;
  version: number;
  validFrom: string;
  changedBy: string;
  deleted: boolean;
}

export interface OfficerVersionView extends OfficerView {
  validTo: string;
  replacedBy: string;
}

const FIELDS = [
  'code', 'lastName', 'otherNames', 'email', 'phone', 'birthDate', 'address', 'villageIds',
  'substitutionOfficerId', 'worksTo', 'phoneCommunication', 'userId',
] as const satisfies readonly (keyof OfficerFields)[];

export function officerFields(officer: EnrolmentOfficer | Record<string, unknown>): OfficerFields {
  const source = officer as unknown as Record<string, unknown>;
  const fields = Object.fromEntries(FIELDS.map((field) => [field, source[field] ?? null])) as unknown as OfficerFields;
  return { ...fields, villageIds: arrayFromHistory(source.villageIds), phoneCommunication: source.phoneCommunication === true };
}

export function officerView(officer: EnrolmentOfficer): OfficerView {
  return {
    id: officer.id,
    ...officerFields(officer),
    version: officer.version,
    validFrom: officer.validFrom.toISOString(),
    changedBy: officer.changedBy,
    deleted: officer.isDeleted,
  };
}

export function officerState(officer: EnrolmentOfficer): OfficerState {
  const { id, code, lastName, otherNames, villageIds, substitutionOfficerId, worksTo, userId, version } = officer;
  return { id, code, lastName, otherNames, villageIds, substitutionOfficerId, worksTo, userId, version };
}

export function officerVersionView(record: HistoryRecord): OfficerVersionView {
  return {
    id: record.entityId,
    ...officerFields(record.data),
    version: record.version,
    validFrom: record.validFrom.toISOString(),
    validTo: record.validTo.toISOString(),
    changedBy: record.changedBy,
    replacedBy: record.replacedBy,
    deleted: false,
  };
}
