import type { DomainError } from '@imis/kernel';
import { PRICE_LIST_MAX_DETAILS, PRICE_LIST_NAME_MAX_LENGTH, type PriceListKind } from './price-list-kind';

const entryName = (kind: PriceListKind) => (kind === 'ITEMS' ? 'medical item' : 'medical service');

/** Every refusal of price lists and facility assignments, with its stable code (documented in the service README). */
export const priceListErrors = {
  notFound: (field = 'id'): DomainError => ({
    code: 'PRICE_LIST_NOT_FOUND',
    message: 'No current price list of this kind has this id',
    field,
  }),
  nameInvalid: (): DomainError => ({
    code: 'PRICE_LIST_NAME_INVALID',
    message: `The name is required and must have at most ${PRICE_LIST_NAME_MAX_LENGTH} characters`,
    field: 'name',
  }),
  dateRequired: (): DomainError => ({
    code: 'PRICE_LIST_DATE_REQUIRED',
    message: 'The date from which the list applies is required',
    field: 'date',
  }),
  locationInvalid: (): DomainError => ({
    code: 'PRICE_LIST_LOCATION_INVALID',
    message: 'The location must be a current region or district within the locations you may change (no location, national, needs an unrestricted scope)',
    field: 'locationId',
  }),
  tooManyDetails: (): DomainError => ({
    code: 'PRICE_LIST_TOO_MANY_DETAILS',
    message: `A price list has at most ${PRICE_LIST_MAX_DETAILS} detail rows`,
    field: 'details',
  }),
  detailDuplicate: (field: string): DomainError => ({
    code: 'PRICE_LIST_DETAIL_DUPLICATE',
    message: 'This item or service is already on another detail row of the list',
    field,
  }),
  detailPriceInvalid: (field: string): DomainError => ({
    code: 'PRICE_LIST_DETAIL_PRICE_INVALID',
    message: 'A price override must be zero or more (null: the register price)',
    field,
  }),
  detailUnknown: (kind: PriceListKind, field: string): DomainError => ({
    code: 'PRICE_LIST_DETAIL_UNKNOWN',
    message: `No ${entryName(kind)} has this id`,
    field,
  }),
  detailDeleted: (kind: PriceListKind, field: string): DomainError => ({
    code: 'PRICE_LIST_DETAIL_DELETED',
    message: `This ${entryName(kind)} has been deleted`,
    field,
  }),
  detailWrongKind: (kind: PriceListKind, field: string): DomainError => ({
    code: 'PRICE_LIST_DETAIL_WRONG_KIND',
    message: `An ${kind === 'ITEMS' ? 'items' : 'services'} price list prices ${entryName(kind)}s only`,
    field,
  }),
  facilityNotFound: (): DomainError => ({
    code: 'HEALTH_FACILITY_NOT_FOUND',
    message: 'No current health facility has this id',
    field: 'healthFacilityId',
  }),
  wrongKind: (field: string): DomainError => ({
    code: 'PRICE_LIST_WRONG_KIND',
    message: field === 'itemsPriceListId' ? 'itemsPriceListId must be an items price list' : 'servicesPriceListId must be a services price list',
    field,
  }),
  locationMismatch: (field: string): DomainError => ({
    code: 'PRICE_LIST_LOCATION_MISMATCH',
    message: "The price list's location does not contain the health facility's district",
    field,
  }),
};
