import type { HistoryRecord } from '@imis/persistence';
import type { RoleFields } from '../../domain/role-fields';
import type { Role } from '../../infrastructure/role.entity';
import { arrayFromHistory } from '../history-arrays';
import { currentVersion, pastVersion, pickFields, type PastVersionView, type VersionedView } from '../versioned-view';

export interface RoleView extends RoleFields, VersionedView {
  systemBits: number;
}

export interface RoleVersionView extends RoleView, PastVersionView {}

/** The fields of a role or of a history row (whose arrays are PostgreSQL literals). */
function roleFields(source: Role | Record<string, unknown>): RoleFields & { systemBits: number } {
  const { name, rights, blocked, altLanguage, systemBits } = pickFields(source, ['name', 'rights', 'blocked', 'altLanguage', 'systemBits']);
  return {
    name: name as string,
    rights: arrayFromHistory(rights).map(Number),
    blocked: blocked === true,
    altLanguage: altLanguage as string | null,
    systemBits: (systemBits as number | null) ?? 0,
  };
}

export function roleView(role: Role): RoleView {
  return { ...currentVersion(role), ...roleFields(role) };
}

export function roleVersionView(record: HistoryRecord): RoleVersionView {
  return { ...pastVersion(record), ...roleFields(record.data) };
}
