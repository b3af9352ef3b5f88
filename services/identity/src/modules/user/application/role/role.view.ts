import type { HistoryRecord } from '@imis/persistence';
import type { RoleFields } from '../../domain/role-fields';
import type { Role } from '../../infrastructure/role.entity';
import { arrayFromHistory } from '../history-arrays';

export interface RoleView extends RoleFields {
  id: string;
  systemBits: number;
  version: number;
  validFrom: string;
  changedBy: string;
  deleted: boolean;
}

export interface RoleVersionView extends RoleView {
  validTo: string;
  replacedBy: string;
}

export function roleView(role: Role): RoleView {
  return {
    id: role.id,
    name: role.name,
    rights: [...role.rights],
    blocked: role.blocked,
    altLanguage: role.altLanguage,
    systemBits: role.systemBits,
    version: role.version,
    validFrom: role.validFrom.toISOString(),
    changedBy: role.changedBy,
    deleted: role.isDeleted,
  };
}

export function roleVersionView(record: HistoryRecord): RoleVersionView {
  const data = record.data as unknown as RoleFields & { systemBits: number };
  return {
    id: record.entityId,
    name: data.name,
    rights: arrayFromHistory(data.rights).map(Number),
    blocked: data.blocked === true,
    altLanguage: data.altLanguage ?? null,
    systemBits: data.systemBits ?? 0,
    version: record.version,
    validFrom: record.validFrom.toISOString(),
    validTo: record.validTo.toISOString(),
    changedBy: record.changedBy,
    replacedBy: record.replacedBy,
    deleted: false,
  };
}
