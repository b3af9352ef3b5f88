import type { DomainError } from '@imis/kernel';
import { ACCOUNT_CODE_MAX_LENGTH, MAX_MONTHS, MAX_START_CYCLES, PRODUCT_CODE_MAX_LENGTH, PRODUCT_MAX_LINES, PRODUCT_NAME_MAX_LENGTH } from './product-codes';

const error = (code: string, message: string, field: string): DomainError => ({ code, message, field });

/** Every refusal of products, with its stable code (documented in the service README) and the field path at fault. */
export const productErrors = {
  notFound: (field = 'id') => error('PRODUCT_NOT_FOUND', 'No current product you may see (or change) has this id', field),
  codeInvalid: () => error('PRODUCT_CODE_INVALID', `The code is required and must have at most ${PRODUCT_CODE_MAX_LENGTH} characters`, 'code'),
  codeTaken: () => error('PRODUCT_CODE_TAKEN', 'Another current product has this code', 'code'),
  nameInvalid: () => error('PRODUCT_NAME_INVALID', `The name is required and must have at most ${PRODUCT_NAME_MAX_LENGTH} characters`, 'name'),
  dateInvalid: (field: 'dateFrom' | 'dateTo') => error('PRODUCT_DATE_INVALID', 'A calendar date YYYY-MM-DD is required', field),
  saleWindowInvalid: () => error('PRODUCT_SALE_WINDOW_INVALID', 'The sale window must not end (dateTo) before it starts (dateFrom)', 'dateTo'),
  insurancePeriodInvalid: () => error('PRODUCT_INSURANCE_PERIOD_INVALID', `The insurance period is a whole number of months from 1 to ${MAX_MONTHS}`, 'insurancePeriod'),
  periodInvalid: (field: string) => error('PRODUCT_PERIOD_INVALID', `A period is a whole number of months from 0 to ${MAX_MONTHS}`, field),
  startCycleInvalid: (field: string) => error('PRODUCT_START_CYCLE_INVALID', 'A cycle start is a day of the year "dd-mm" (29-02 is refused: not every year has it)', field),
  startCycleDuplicate: (field: string) => error('PRODUCT_START_CYCLE_DUPLICATE', 'This cycle start is already given', field),
  tooManyStartCycles: () => error('PRODUCT_TOO_MANY_START_CYCLES', `A product has at most ${MAX_START_CYCLES} cycle starts`, 'startCycles'),
  memberCountInvalid: () => error('PRODUCT_MEMBER_COUNT_INVALID', 'The most members a policy covers is a whole number of at least 1', 'memberCount'),
  thresholdInvalid: () => error('PRODUCT_THRESHOLD_INVALID', 'The threshold is a whole number from 0 to the member count', 'threshold'),
  amountInvalid: (field: string) => error('PRODUCT_AMOUNT_INVALID', 'An amount must be zero or more, with at most two decimals', field),
  countInvalid: (field: string) => error('PRODUCT_COUNT_INVALID', 'A count is a whole number of zero or more', field),
  percentInvalid: (field: string) => error('PRODUCT_PERCENT_INVALID', 'A percentage is a whole number from 0 to 100', field),
  discountIncomplete: (field: string) => error('PRODUCT_DISCOUNT_INCOMPLETE', 'A discount needs both its percentage and its period (months), or neither', field),
  distributionCareTypeInvalid: (field: string) =>
    error('PRODUCT_DISTRIBUTION_CARE_TYPE_INVALID', 'A distribution row needs the period type of its care type (B: period, I: periodInPatient, O: periodOutPatient)', field),
  distributionPeriodInvalid: (field: string) =>
    error('PRODUCT_DISTRIBUTION_PERIOD_INVALID', 'A distribution period is one of 1..12 (M), 1..4 (Q) or 1 (Y), once per care type', field),
  distributionIncomplete: (field: string) =>
    error('PRODUCT_DISTRIBUTION_INCOMPLETE', 'A care type with a period type needs one row for each of its periods (12 M, 4 Q, 1 Y)', field),
  distributionPercentInvalid: (field: string) =>
    error('PRODUCT_DISTRIBUTION_PERCENT_INVALID', 'Distribution percentages are from 0 to 100 with at most two decimals, and sum to at most 100 per care type', field),
  capitationLevelInvalid: (field: string) => error('PRODUCT_CAPITATION_LEVEL_INVALID', 'Capitation levels are facility levels D, C or H (sub-level I, N or R), each once, at most 4', field),
  accountCodeInvalid: (field: string) => error('PRODUCT_ACCOUNT_CODE_INVALID', `An account code has at most ${ACCOUNT_CODE_MAX_LENGTH} characters`, field),
  locationInvalid: () =>
    error('PRODUCT_LOCATION_INVALID', 'The location must be a current region or district within the locations you may change (no location, national, needs an unrestricted scope)', 'locationId'),
  conversionInvalid: () => error('PRODUCT_CONVERSION_INVALID', 'The conversion product must be a current product you may see', 'conversionProductId'),
  conversionSelf: () => error('PRODUCT_CONVERSION_SELF', 'A product cannot convert into itself', 'conversionProductId'),
  conversionLoop: () => error('PRODUCT_CONVERSION_LOOP', 'Following the conversion products from this one comes back to this product', 'conversionProductId'),
  tooManyLines: () => error('PRODUCT_TOO_MANY_LINES', `A product has at most ${PRODUCT_MAX_LINES} item and service lines together`, 'itemLines'),
  lineTargetInvalid: (field: string, expected: 'itemId' | 'serviceId') =>
    error('PRODUCT_LINE_TARGET_INVALID', `A line of ${expected === 'itemId' ? 'itemLines' : 'serviceLines'} names exactly one ${expected === 'itemId' ? 'item (itemId)' : 'service (serviceId)'}`, field),
  lineDuplicate: (field: string) => error('PRODUCT_LINE_DUPLICATE', 'This item or service already has another line in the product', field),
  lineItemUnknown: (field: string) => error('PRODUCT_LINE_ITEM_UNKNOWN', 'No medical item has this id', field),
  lineItemDeleted: (field: string) => error('PRODUCT_LINE_ITEM_DELETED', 'This medical item has been deleted', field),
  lineServiceUnknown: (field: string) => error('PRODUCT_LINE_SERVICE_UNKNOWN', 'No medical service has this id', field),
  lineServiceDeleted: (field: string) => error('PRODUCT_LINE_SERVICE_DELETED', 'This medical service has been deleted', field),
  lineLimitInvalid: (field: string) =>
    error('PRODUCT_LINE_LIMIT_INVALID', 'A limit is zero or more with at most two decimals; a co-insurance (C) limit is a percentage of at most 100', field),
  lineCountInvalid: (field: string) => error('PRODUCT_LINE_COUNT_INVALID', 'A limit count is a whole number of zero or more (0 = unlimited)', field),
  linePeriodInvalid: (field: string) => error('PRODUCT_LINE_WAITING_PERIOD_INVALID', `A waiting period is a whole number of months from 0 to ${MAX_MONTHS}`, field),
  inUse: () => error('PRODUCT_IN_USE', 'Current policies use this product', 'id'),
};
