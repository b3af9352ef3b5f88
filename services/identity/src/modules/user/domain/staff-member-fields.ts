import type { DomainError } from '@imis/kernel';
import { contact, optionalDate, personName, requiredText, type Contact, type PersonName } from './person-fields';

export const STAFF_CODE_MAX_LENGTH = 8;

/** What every staff member (enrolment officer, claim administrator) has. */
export interface StaffMemberFields extends PersonName, Contact {
  code: string;
  birthDate: string | null;
  userId: string | null;
}

export type StaffMemberInput = Partial<{ [K in keyof StaffMemberFields]: StaffMemberFields[K] | null }>;

/** Checks the code, names, contact and birth date of a staff member, pushing errors; returns them trimmed. */
export function staffMemberFields(input: StaffMemberInput, errors: DomainError[]): StaffMemberFields {
  const code = requiredText('code', input.code, STAFF_CODE_MAX_LENGTH, errors);
  const names = personName(input, errors);
  const reachable = contact(input, errors);
  const birthDate = optionalDate('birthDate', input.birthDate, errors);
  return { code, ...names, ...reachable, birthDate, userId: input.userId ?? null };
}
