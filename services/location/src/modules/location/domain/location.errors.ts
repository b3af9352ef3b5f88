import type { DomainError } from '@imis/kernel';
import { LOCATION_TYPE_NAMES, type LocationTypeCode } from './location-type';

/** Every refusal of the location domain, with its stable code (documented in the service README). */
export const locationErrors = {
  codeRequired: (): DomainError => ({ code: 'LOCATION_CODE_REQUIRED', message: 'The location code is required', field: 'code' }),
  codeTooLong: (max: number): DomainError => ({
    code: 'LOCATION_CODE_TOO_LONG',
    message: `The location code must have at most ${max} characters`,
    field: 'code',
  }),
  codeDuplicate: (code: string): DomainError => ({
    code: 'LOCATION_CODE_DUPLICATE',
    message: `Another current location already has the code "${code}"`,
    field: 'code',
  }),
  nameInvalid: (max: number): DomainError => ({
    code: 'LOCATION_NAME_INVALID',
    message: `The location name is required and must have at most ${max} characters`,
    field: 'name',
  }),
  populationInvalid: (field: string): DomainError => ({
    code: 'LOCATION_POPULATION_INVALID',
    message: `${field} must be a non-negative integer or null`,
    field,
  }),
  notFound: (field = 'id'): DomainError => ({ code: 'LOCATION_NOT_FOUND', message: 'No current location has this id', field }),
  parentNotFound: (field: string): DomainError => ({
    code: 'LOCATION_PARENT_NOT_FOUND',
    message: 'No current location has the given parent id',
    field,
  }),
  parentRequired: (type: LocationTypeCode): DomainError => ({
    code: 'LOCATION_PARENT_REQUIRED',
    message: `A ${LOCATION_TYPE_NAMES[type]} needs a parent`,
    field: 'parentId',
  }),
  parentWrongLevel: (type: LocationTypeCode, expected: LocationTypeCode, field: string): DomainError => ({
    code: 'LOCATION_PARENT_WRONG_LEVEL',
    message: `The parent of a ${LOCATION_TYPE_NAMES[type]} must be a ${LOCATION_TYPE_NAMES[expected]}`,
    field,
  }),
  newParentWrongLevel: (type: LocationTypeCode): DomainError => ({
    code: 'LOCATION_PARENT_WRONG_LEVEL',
    message: `The children's new parent must be a ${LOCATION_TYPE_NAMES[type]}, like the deleted location`,
    field: 'newParentId',
  }),
  regionHasNoParent: (field: string): DomainError => ({
    code: 'LOCATION_REGION_HAS_NO_PARENT',
    message: 'A region is the top of the tree and has no parent',
    field,
  }),
  moveCycle: (field: string): DomainError => ({
    code: 'LOCATION_MOVE_CYCLE',
    message: 'A location cannot be placed under itself or one of its descendants',
    field,
  }),
  hasChildren: (count: number): DomainError => ({
    code: 'LOCATION_HAS_CHILDREN',
    message: `The location has ${count} current child location(s): give newParentId to move them first`,
    field: 'newParentId',
  }),
  hasHealthFacilities: (count: number): DomainError => ({
    code: 'LOCATION_HAS_HEALTH_FACILITIES',
    message: `The district has ${count} current health facilit${count === 1 ? 'y' : 'ies'}: move or delete them first`,
  }),
  outOfScope: (field: string): DomainError => ({
    code: 'LOCATION_OUT_OF_SCOPE',
    message: 'This location is outside the locations you may change',
    field,
  }),
  regionOutOfScope: (): DomainError => ({
    code: 'LOCATION_OUT_OF_SCOPE',
    message: 'Only a user whose scope is everywhere (an IMIS Administrator) can create a region',
    field: 'type',
  }),
};
