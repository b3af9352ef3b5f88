import { collect, type DomainError, type Result } from '@imis/kernel';
import { checkActiveWindow, type ActiveWindow } from './active-window';
import { contact, distinct, personName, type Contact, type PersonName } from './person-fields';
import { userAdminErrors } from './user-admin.errors';
import { checkUsername } from './username';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The attributes of a user; an update changes the ones it sends (`sentOver`). */
export interface UserFields extends PersonName, Contact, ActiveWindow {
  username: string;
  language: Language;
  roleIds: string[];
  districtIds: string[];
  healthFacilityId: string | null;
}

/** The names of a user's fields (what `sentOver` keeps when an update does not send them). */
export const USER_FIELD_NAMES = ['username', 'lastName', 'otherNames', 'email', 'phone', 'language', 'activeFrom', 'activeTo', 'roleIds', 'districtIds', 'healthFacilityId'] as const satisfies readonly (keyof UserFields)[];

/** What a caller sent; the language is any text until checked. */
export type UserFieldsInput = Partial<{ [K in Exclude<keyof UserFields, 'language'>]: UserFields[K] | null }> & { language?: string | null };

/** Validates what a caller sent; missing optional fields take their defaults (language en, active from today). */
export function checkUserFields(input: UserFieldsInput, today: string): Result<UserFields> {
  const errors: DomainError[] = [];
  const username = checkUsername(input.username);
  if (!username.ok) errors.push(...username.errors);
  const names = personName(input, errors);
  const reachable = contact(input, errors);
  const language = input.language ?? 'en';
  if (!(LANGUAGES as readonly string[]).includes(language)) {
    errors.push(userAdminErrors.fieldInvalid('language', `language must be one of ${LANGUAGES.join(', ')}`));
  }
  const window = checkActiveWindow(input.activeFrom, input.activeTo, today);
  if (!window.ok) errors.push(...window.errors);
  return collect(errors, () => ({
    username: (username as { value: string }).value,
    ...names,
    ...reachable,
    language: language as Language,
    ...(window as { value: ActiveWindow }).value,
    roleIds: distinct(input.roleIds),
    districtIds: distinct(input.districtIds),
    healthFacilityId: input.healthFacilityId ?? null,
  }));
}
