import type { HistoryRecord } from '@imis/persistence';
import type { ClaimAdminFields } from '../../domain/claim-admin-fields';
import type { ClaimAdministrator } from '../../infrastructure/claim-administrator.entity';
import { currentVersion, pastVersion, pickFields, STAFF_MEMBER_FIELDS, type PastVersionView, type VersionedView } from '../versioned-view';

export interface ClaimAdminView extends ClaimAdminFields, VersionedView {}

export interface ClaimAdminVersionView extends ClaimAdminFields, PastVersionView {}

const FIELDS = [...STAFF_MEMBER_FIELDS, 'healthFacilityId'] as const satisfies readonly (keyof ClaimAdminFields)[];

export function claimAdminFields(source: ClaimAdministrator | Record<string, unknown>): ClaimAdminFields {
  return pickFields(source, FIELDS) as unknown as ClaimAdminFields;
}

export function claimAdminView(admin: ClaimAdministrator): ClaimAdminView {
  return { ...currentVersion(admin), ...claimAdminFields(admin) };
}

export function claimAdminVersionView(record: HistoryRecord): ClaimAdminVersionView {
  return { ...pastVersion(record), ...claimAdminFields(record.data) };
}
