import type { DomainError } from '@imis/kernel';

/** Every refusal of user administration, with its stable code (documented in the service README). */
export const userAdminErrors = {
  fieldInvalid: (field: string, message: string): DomainError => ({ code: 'FIELD_INVALID', message, field }),
  usernameInvalid: (message: string): DomainError => ({ code: 'USERNAME_INVALID', message, field: 'username' }),
  usernameTaken: (username: string): DomainError => ({
    code: 'USERNAME_TAKEN',
    message: `Another current user already has the username "${username}" (ignoring case)`,
    field: 'username',
  }),
  activeWindowInvalid: (): DomainError => ({
    code: 'ACTIVE_WINDOW_INVALID',
    message: 'activeTo must not be before activeFrom',
    field: 'activeTo',
  }),
  roleNameTaken: (name: string): DomainError => ({
    code: 'ROLE_NAME_TAKEN',
    message: `Another current role already has the name "${name}" (ignoring case)`,
    field: 'name',
  }),
  unknownRight: (codes: readonly number[]): DomainError => ({
    code: 'UNKNOWN_RIGHT',
    message: `Not rights of the catalogue: ${codes.join(', ')}`,
    field: 'rights',
  }),
  systemRoleReadOnly: (): DomainError => ({
    code: 'SYSTEM_ROLE_READ_ONLY',
    message: 'A system role cannot be deleted',
    field: 'id',
  }),
  roleInUse: (users: number): DomainError => ({
    code: 'ROLE_IN_USE',
    message: `The role is still granted to ${users} current user(s)`,
    field: 'id',
  }),
  unknownRole: (ids: readonly string[]): DomainError => ({
    code: 'UNKNOWN_ROLE',
    message: `No current role has the id(s) ${ids.join(', ')}`,
    field: 'roleIds',
  }),
  roleNotGrantable: (names: readonly string[]): DomainError => ({
    code: 'ROLE_NOT_GRANTABLE',
    message: `You may not grant: ${names.join(', ')} (a role must hold only rights you have, and never IMIS Administrator)`,
    field: 'roleIds',
  }),
  rightNotGrantable: (codes: readonly number[]): DomainError => ({
    code: 'RIGHT_NOT_GRANTABLE',
    message: `You may not put in a role rights you do not hold: ${codes.join(', ')}`,
    field: 'rights',
  }),
  unknownDistrict: (ids: readonly string[]): DomainError => ({
    code: 'UNKNOWN_DISTRICT',
    message: `Not current districts: ${ids.join(', ')}`,
    field: 'districtIds',
  }),
  unknownVillage: (ids: readonly string[]): DomainError => ({
    code: 'UNKNOWN_VILLAGE',
    message: `Not current villages: ${ids.join(', ')}`,
    field: 'villageIds',
  }),
  unknownHealthFacility: (): DomainError => ({
    code: 'UNKNOWN_HEALTH_FACILITY',
    message: 'No current health facility has this id',
    field: 'healthFacilityId',
  }),
  unknownUser: (): DomainError => ({ code: 'UNKNOWN_USER', message: 'No current user has this id', field: 'userId' }),
  unknownSubstitutionOfficer: (): DomainError => ({
    code: 'UNKNOWN_SUBSTITUTION_OFFICER',
    message: 'No current enrolment officer has this id',
    field: 'substitutionOfficerId',
  }),
  officerCodeTaken: (code: string): DomainError => ({
    code: 'OFFICER_CODE_TAKEN',
    message: `Another current enrolment officer already has the code "${code}"`,
    field: 'code',
  }),
  claimAdminCodeTaken: (code: string): DomainError => ({
    code: 'CLAIM_ADMIN_CODE_TAKEN',
    message: `Another current claim administrator already has the code "${code}"`,
    field: 'code',
  }),
  substitutionLoop: (): DomainError => ({
    code: 'SUBSTITUTION_LOOP',
    message: 'The chain of substitution officers would return to this officer',
    field: 'substitutionOfficerId',
  }),
  idTaken: (): DomainError => ({ code: 'ID_TAKEN', message: 'A record with this id already exists', field: 'id' }),
  notFound: (what: 'USER' | 'ROLE' | 'ENROLMENT_OFFICER' | 'CLAIM_ADMINISTRATOR'): DomainError => ({
    code: `${what}_NOT_FOUND`,
    message: `No current ${what.toLowerCase().replace(/_/g, ' ')} has this id`,
    field: 'id',
  }),
};
