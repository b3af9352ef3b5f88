import type { UserState } from '@imis/contracts';
import type { HistoryRecord } from '@imis/persistence';
import type { UserFields } from '../../domain/user-fields';
import type { AppUser } from '../../infrastructure/app-user.entity';
import { arrayFromHistory } from '../history-arrays';

/** A user as use cases return it: plain JSON, so an idempotent mutation can store and replay it. */
export interface UserView extends UserFields {
  id: string;
  version: number;
  /** ISO date-time. */
  validFrom: string;
  changedBy: string;
  deleted: boolean;
}

export interface UserVersionView extends UserView {
  validTo: string;
  replacedBy: string;
}

export function userFields(user: AppUser): UserFields {
  const { username, lastName, otherNames, email, phone, language, activeFrom, activeTo, roleIds, districtIds, healthFacilityId } = user;
  return { username, lastName, otherNames, email, phone, language, activeFrom, activeTo, roleIds, districtIds, healthFacilityId };
}

export function userView(user: AppUser): UserView {
  return {
    id: user.id,
    ...userFields(user),
    version: user.version,
    validFrom: user.validFrom.toISOString(),
    changedBy: user.changedBy,
    deleted: user.isDeleted,
  };
}

/** What user events carry: never any password data (there is none on the entity). */
export function userState(user: AppUser): UserState {
  const { id, username, lastName, otherNames, roleIds, districtIds, activeFrom, activeTo, version } = user;
  return { id, username, lastName, otherNames, roleIds, districtIds, activeFrom, activeTo, version };
}

/** History rows hold the entity's properties as they were. */
export function userVersionView(record: HistoryRecord): UserVersionView {
  const data = record.data as unknown as UserFields;
  return {
    id: record.entityId,
    username: data.username,
    lastName: data.lastName,
    otherNames: data.otherNames,
    email: data.email ?? null,
    phone: data.phone ?? null,
    language: data.language,
    activeFrom: data.activeFrom,
    activeTo: data.activeTo ?? null,
    roleIds: arrayFromHistory(data.roleIds),
    districtIds: arrayFromHistory(data.districtIds),
    healthFacilityId: data.healthFacilityId ?? null,
    version: record.version,
    validFrom: record.validFrom.toISOString(),
    validTo: record.validTo.toISOString(),
    changedBy: record.changedBy,
    replacedBy: record.replacedBy,
    deleted: false,
  };
}
