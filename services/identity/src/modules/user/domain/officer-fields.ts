import { collect, type DomainError, type Result } from '@imis/kernel';
import { distinct, optionalDate, optionalText } from './person-fields';
import { staffMemberFields, type StaffMemberFields } from './staff-member-fields';

export const ADDRESS_MAX_LENGTH = 200;

export interface OfficerFields extends StaffMemberFields {
  address: string | null;
  villageIds: string[];
  substitutionOfficerId: string | null;
  worksTo: string | null;
  phoneCommunication: boolean;
}

export const OFFICER_FIELD_NAMES = [
  'code',
  'lastName',
  'otherNames',
  'email',
  'phone',
  'birthDate',
  'userId',
  'address',
  'villageIds',
  'substitutionOfficerId',
  'worksTo',
  'phoneCommunication',
] as const satisfies readonly (keyof OfficerFields)[];

export type OfficerFieldsInput = Partial<{ [K in keyof OfficerFields]: OfficerFields[K] | null }>;

export function checkOfficerFields(input: OfficerFieldsInput): Result<OfficerFields> {
  const errors: DomainError[] = [];
  const staffMember = staffMemberFields(input, errors);
  const worksTo = optionalDate('worksTo', input.worksTo, errors);
  const address = optionalText('address', input.address, ADDRESS_MAX_LENGTH, errors);
  return collect(errors, () => ({
    ...staffMember,
    address,
    villageIds: distinct(input.villageIds),
    substitutionOfficerId: input.substitutionOfficerId ?? null,
    worksTo,
    phoneCommunication: input.phoneCommunication ?? false,
  }));
}
