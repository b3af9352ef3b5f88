import type { HistoryRecord } from '@imis/persistence';
import type { UserFields } from '../../domain/user-fields';
import type { AppUser } from '../../infrastructure/app-user.entity';
import { arrayFromHistory } from '../history-arrays';
import { currentVersion, pastVersion, pickFields, type PastVersionView, type VersionedView } from '../versioned-view';

/** A user as use cases return it: plain JSON, so an idempotent mutation can store and replay it. */
export interface UserView extends UserFields, VersionedView {}

export interface UserVersionView extends UserFields, PastVersionView {}

const FIELDS = [
  'username', 'lastName', 'otherNames', 'email', 'phone', 'language', 'activeFrom', 'activeTo', 'roleIds', 'districtIds', 'healthFacilityId',
] as const satisfies readonly (keyof UserFields)[];

/** The fields of a user or of a history row (whose arrays are PostgreSQL literals). */
export function userFields(source: AppUser | Record<string, unknown>): UserFields {
  const fields = pickFields(source, FIELDS) as unknown as UserFields;
  return { ...fields, roleIds: arrayFromHistory(fields.roleIds), districtIds: arrayFromHistory(fields.districtIds) };
}

export function userView(user: AppUser): UserView {
  return { ...currentVersion(user), ...userFields(user) };
}

export function userVersionView(record: HistoryRecord): UserVersionView {
  return { ...pastVersion(record), ...userFields(record.data) };
}
