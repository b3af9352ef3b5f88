import { collect, type DomainError, type Result } from '@imis/kernel';
import { staffMemberFields, type StaffMemberFields } from './staff-member-fields';
import { userAdminErrors } from './user-admin.errors';

export interface ClaimAdminFields extends StaffMemberFields {
  healthFacilityId: string;
}

export const CLAIM_ADMIN_FIELD_NAMES = ['code', 'lastName', 'otherNames', 'email', 'phone', 'birthDate', 'userId', 'healthFacilityId'] as const satisfies readonly (keyof ClaimAdminFields)[];

export type ClaimAdminFieldsInput = Partial<{ [K in keyof ClaimAdminFields]: ClaimAdminFields[K] | null }>;

export function checkClaimAdminFields(input: ClaimAdminFieldsInput): Result<ClaimAdminFields> {
  const errors: DomainError[] = [];
  const staffMember = staffMemberFields(input, errors);
  if (!input.healthFacilityId) errors.push(userAdminErrors.unknownHealthFacility());
  return collect(errors, () => ({ ...staffMember, healthFacilityId: input.healthFacilityId as string }));
}
