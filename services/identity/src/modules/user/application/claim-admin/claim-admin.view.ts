import type { ClaimAdminState } from '@imis/contracts';
import type { HistoryRecord } from '@imis/persistence';
import type { ClaimAdminFields } from '../../domain/claim-admin-fields';
import type { ClaimAdministrator } from '../../infrastructure/claim-administrator.entity';

export interface ClaimAdminView extends ClaimAdminFields {
  id: string;
  version: number;
  validFrom: string;
  changedBy: string;
  deleted: boolean;
}

export interface ClaimAdminVersionView extends ClaimAdminView {
  validTo: string;
  replacedBy: string;
}

const FIELDS = ['code', 'lastName', 'otherNames', 'email', 'phone', 'birthDate', 'healthFacilityId', 'userId'] as const satisfies readonly (keyof ClaimAdminFields)[];

export function claimAdminFields(source: ClaimAdministrator | Record<string, unknown>): ClaimAdminFields {
  const values = source as unknown as Record<string, unknown>;
  return Object.fromEntries(FIELDS.map((field) => [field, values[field] ?? null])) as unknown as ClaimAdminFields;
}

export function claimAdminView(admin: ClaimAdministrator): ClaimAdminView {
  return {
    id: admin.id,
    ...claimAdminFields(admin),
    version: admin.version,
    validFrom: admin.validFrom.toISOString(),
    changedBy: admin.changedBy,
    deleted: admin.isDeleted,
  };
}

export function claimAdminState(admin: ClaimAdministrator): ClaimAdminState {
  const { id, code, lastName, otherNames, healthFacilityId, userId, version } = admin;
  return { id, code, lastName, otherNames, healthFacilityId, userId, version };
}

export function claimAdminVersionView(record: HistoryRecord): ClaimAdminVersionView {
  return {
    id: record.entityId,
    ...claimAdminFields(record.data),
    version: record.version,
    validFrom: record.validFrom.toISOString(),
    validTo: record.validTo.toISOString(),
    changedBy: record.changedBy,
    replacedBy: record.replacedBy,
    deleted: false,
  };
}
