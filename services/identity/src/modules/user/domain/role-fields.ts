import { collect, type DomainError, type Result } from '@imis/kernel';
import { optionalText, requiredText } from './person-fields';
import { userAdminErrors } from './user-admin.errors';

export const ROLE_NAME_MAX_LENGTH = 50;

export interface RoleFields {
  name: string;
  rights: number[];
  blocked: boolean;
  altLanguage: string | null;
}

export const ROLE_FIELD_NAMES = ['name', 'rights', 'blocked', 'altLanguage'] as const satisfies readonly (keyof RoleFields)[];

export type RoleFieldsInput = Partial<{ [K in keyof RoleFields]: RoleFields[K] | null }>;

/** Validates a role: a name, and only rights of the catalogue (`isRight`), kept sorted and distinct. */
export function checkRoleFields(input: RoleFieldsInput, isRight: (code: number) => boolean): Result<RoleFields> {
  const errors: DomainError[] = [];
  const name = requiredText('name', input.name, ROLE_NAME_MAX_LENGTH, errors);
  const rights = [...new Set(input.rights ?? [])].sort((a, b) => a - b);
  const unknown = rights.filter((code) => !isRight(code));
  if (unknown.length > 0) errors.push(userAdminErrors.unknownRight(unknown));
  const altLanguage = optionalText('altLanguage', input.altLanguage, ROLE_NAME_MAX_LENGTH, errors);
  return collect(errors, () => ({ name, rights, blocked: input.blocked ?? false, altLanguage }));
}
