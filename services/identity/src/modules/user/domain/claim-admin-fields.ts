import { collect, type DomainError, type Result } from '@imis/kernel';
import { contact, optionalDate, personName, requiredText, type Contact, type PersonName } from './person-fields';
import { userAdminErrors } from './user-admin.errors';

export const CLAIM_ADMIN_CODE_MAX_LENGTH = 8;

export interface ClaimAdminFields extends PersonName, Contact {
  code: string;
  birthDate: string | null;
  healthFacilityId: string;
  userId: string | null;
}

export type ClaimAdminFieldsInput = Partial<{ [K in keyof ClaimAdminFields]: ClaimAdminFields[K] | null }>;

export function checkClaimAdminFields(input: ClaimAdminFieldsInput): Result<ClaimAdminFields> {
  const errors: DomainError[] = [];
  const code = requiredText('code', input.code, CLAIM_ADMIN_CODE_MAX_LENGTH, errors);
  const names = personName(input, errors);
  const reachable = contact(input, errors);
  const birthDate = optionalDate('birthDate', input.birthDate, errors);
  if (!input.healthFacilityId) errors.push(userAdminErrors.unknownHealthFacility());
  return collect(errors, () => ({
    code,
    ...names,
    ...reachable,
    birthDate,
    healthFacilityId: input.healthFacilityId as string,
    userId: input.userId ?? null,
  }));
}
