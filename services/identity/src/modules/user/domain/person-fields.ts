import { type DomainError, isCalendarDate, trimmedOrNull } from '@imis/kernel';
import { userAdminErrors } from './user-admin.errors';

export const NAME_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH = 200;
export const PHONE_MAX_LENGTH = 50;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface PersonName {
  lastName: string;
  otherNames: string;
}

export interface Contact {
  email: string | null;
  phone: string | null;
}

/** Checks the names of a user or officer, pushing errors; returns them trimmed. */
export function personName(input: { lastName?: string | null; otherNames?: string | null }, errors: DomainError[]): PersonName {
  const lastName = requiredText('lastName', input.lastName, NAME_MAX_LENGTH, errors);
  const otherNames = requiredText('otherNames', input.otherNames, NAME_MAX_LENGTH, errors);
  return { lastName, otherNames };
}

export function contact(input: { email?: string | null; phone?: string | null }, errors: DomainError[]): Contact {
  const email = optionalText('email', input.email, EMAIL_MAX_LENGTH, errors);
  if (email !== null && email.length <= EMAIL_MAX_LENGTH && !EMAIL.test(email)) {
    errors.push(userAdminErrors.fieldInvalid('email', 'The email address is not valid'));
  }
  return { email, phone: optionalText('phone', input.phone, PHONE_MAX_LENGTH, errors) };
}

export function requiredText(field: string, value: string | null | undefined, max: number, errors: DomainError[]): string {
  const text = value?.trim() ?? '';
  if (text === '' || text.length > max) errors.push(userAdminErrors.fieldInvalid(field, `${field} is required and must have at most ${max} characters`));
  return text;
}

export function optionalText(field: string, value: string | null | undefined, max: number, errors: DomainError[]): string | null {
  const text = trimmedOrNull(value);
  if (text !== null && text.length > max) errors.push(userAdminErrors.fieldInvalid(field, `${field} must have at most ${max} characters`));
  return text;
}

export function optionalDate(field: string, value: string | null | undefined, errors: DomainError[]): string | null {
  if (value === null || value === undefined) return null;
  if (!isCalendarDate(value)) errors.push(userAdminErrors.fieldInvalid(field, `${field} must be a date YYYY-MM-DD`));
  return value;
}

/** Distinct ids, in the order first given. */
export function distinct(ids: readonly string[] | null | undefined): string[] {
  return [...new Set(ids ?? [])];
}
