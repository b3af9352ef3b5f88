import type { DomainError } from '@imis/kernel';

/** The refusals of the family and insuree registry's commands, with their stable codes (a record's own fields: `fieldErrors`). */
export const registryErrors = {
  statusUnknown: (status: string): DomainError => ({
    code: 'INSUREE_STATUS_UNKNOWN',
    message: `"${status}" is not an insuree status (AC, IN or DE)`,
    field: 'status',
  }),
  statusReasonRequired: (status: string): DomainError => ({
    code: 'INSUREE_STATUS_REASON_REQUIRED',
    message: `The status ${status} needs a reason`,
    field: 'reasonCode',
  }),
  statusReasonWrongType: (reasonCode: string, status: string): DomainError => ({
    code: 'INSUREE_STATUS_REASON_WRONG_TYPE',
    message: `The reason "${reasonCode}" is not a reason for the status ${status}`,
    field: 'reasonCode',
  }),
  statusDateInvalid: (): DomainError => ({
    code: 'INSUREE_STATUS_DATE_INVALID',
    message: 'The status date must be a date YYYY-MM-DD',
    field: 'date',
  }),
  statusDateInFuture: (): DomainError => ({
    code: 'INSUREE_STATUS_DATE_IN_FUTURE',
    message: 'The status date cannot be in the future',
    field: 'date',
  }),
  statusUnchanged: (): DomainError => ({
    code: 'INSUREE_STATUS_UNCHANGED',
    message: 'The insuree already has this status and reason',
    field: 'status',
  }),
  deadOnlyToActive: (): DomainError => ({
    code: 'INSUREE_STATUS_DEAD_ONLY_TO_ACTIVE',
    message: 'A dead insuree can only be made active again (to correct a mistake)',
    field: 'status',
  }),
  familyHeadRequired: (): DomainError => ({
    code: 'FAMILY_HEAD_REQUIRED',
    message: 'A family needs a head: a new head insuree or the id of an existing insuree',
    field: 'headInsuree',
  }),
  familyHeadAmbiguous: (): DomainError => ({
    code: 'FAMILY_HEAD_AMBIGUOUS',
    message: 'Give either a new head insuree or the id of an existing insuree, not both',
    field: 'headInsureeId',
  }),
  familyHeadCannotBeRemoved: (field = 'insureeIds'): DomainError => ({
    code: 'FAMILY_HEAD_CANNOT_BE_REMOVED',
    message: 'The head cannot leave the family; make another member the head first',
    field,
  }),
  familyHeadCannotBeDeleted: (): DomainError => ({
    code: 'FAMILY_HEAD_CANNOT_BE_DELETED',
    message: 'The head of a family cannot be deleted; make another member the head or delete the family',
    field: 'insureeIds',
  }),
  familyHeadNotMember: (): DomainError => ({
    code: 'FAMILY_HEAD_NOT_MEMBER',
    message: 'The new head must be a member of the family',
    field: 'insureeId',
  }),
  familyAlreadyHead: (): DomainError => ({
    code: 'FAMILY_ALREADY_HEAD',
    message: 'This insuree is already the head of the family',
    field: 'insureeId',
  }),
  insureeAlreadyInFamily: (): DomainError => ({
    code: 'INSUREE_ALREADY_IN_FAMILY',
    message: 'The insuree is already a member of this family',
    field: 'familyId',
  }),
  insureeNotInFamily: (insureeId: string, field = 'insureeIds'): DomainError => ({
    code: 'INSUREE_NOT_IN_FAMILY',
    message: `The insuree ${insureeId} is not a member of the family`,
    field,
  }),
  familyVillageNotVillage: (field = 'villageId'): DomainError => ({
    code: 'FAMILY_VILLAGE_NOT_VILLAGE',
    message: 'The location must be a current village',
    field,
  }),
  insureeNotFound: (field = 'id'): DomainError => ({ code: 'INSUREE_NOT_FOUND', message: 'No current insuree has this id', field }),
  familyNotFound: (field = 'id'): DomainError => ({ code: 'FAMILY_NOT_FOUND', message: 'No current family has this id', field }),
  insureeFamilyNotFound: (field = 'id'): DomainError => ({
    code: 'FAMILY_NOT_FOUND',
    message: "The insuree's family is not a current family you may change",
    field,
  }),
  versionConflict: (current: number): DomainError => ({
    code: 'VERSION_CONFLICT',
    message: `The record changed since you read it: its current version is ${current}`,
    field: 'version',
  }),
};
