import { collect, type DomainError, type Result } from '@imis/kernel';
import { contact, distinct, optionalDate, optionalText, personName, requiredText, type Contact, type PersonName } from './person-fields';

export const OFFICER_CODE_MAX_LENGTH = 8;
export const ADDRESS_MAX_LENGTH = 200;

export interface OfficerFields extends PersonName, Contact {
  code: string;
  birthDate: string | null;
  address: string | null;
  villageIds: string[];
  substitutionOfficerId: string | null;
  worksTo: string | null;
  phoneCommunication: boolean;
  userId: string | null;
}

export type OfficerFieldsInput = Partial<{ [K in keyof OfficerFields]: OfficerFields[K] | null }>;

export function checkOfficerFields(input: OfficerFieldsInput): Result<OfficerFields> {
  const errors: DomainError[] = [];
  const code = requiredText('code', input.code, OFFICER_CODE_MAX_LENGTH, errors);
  const names = personName(input, errors);
  const reachable = contact(input, errors);
  const birthDate = optionalDate('birthDate', input.birthDate, errors);
  const worksTo = optionalDate('worksTo', input.worksTo, errors);
  const address = optionalText('address', input.address, ADDRESS_MAX_LENGTH, errors);
  return collect(errors, () => ({
    code,
    ...names,
    ...reachable,
    birthDate,
    address,
    villageIds: distinct(input.villageIds),
    substitutionOfficerId: input.substitutionOfficerId ?? null,
    worksTo,
    phoneCommunication: input.phoneCommunication ?? false,
    userId: input.userId ?? null,
  }));
}
