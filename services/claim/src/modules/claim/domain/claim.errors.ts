import type { DomainError } from '@imis/kernel';

const error = (code: string, message: string, field: string): DomainError => ({ code, message, field });

/** Every refusal of claim commands, with its stable code (documented in the service README) and the field at fault. */
export const claimErrors = {
  notFound: (field = 'id') => error('CLAIM_NOT_FOUND', 'No current claim in your scope has this id', field),
  codeInvalid: (field = 'code') => error('CLAIM_CODE_INVALID', 'A claim code is 1 to 20 characters, without leading or trailing spaces', field),
  codeDuplicate: (code: string, field = 'code') => error('CLAIM_CODE_DUPLICATE', `Another current claim of the facility has the code ${code}`, field),
  insureeMissing: () => error('INSUREE_REQUIRED', 'Give the insuree by id or by insurance number', 'insureeId'),
  insureeNotFound: (field = 'insureeId') => error('INSUREE_NOT_FOUND', 'No current insuree has this id or insurance number', field),
  facilityNotFound: (field = 'healthFacilityId') => error('HEALTH_FACILITY_NOT_FOUND', 'No current health facility in your scope has this id', field),
  facilityRequired: () => error('HEALTH_FACILITY_REQUIRED', 'Give the health facility (only a claim administrator’s is implied)', 'healthFacilityId'),
  claimAdminNotFound: () => error('CLAIM_ADMIN_NOT_FOUND', 'No current claim administrator of the facility has this id', 'claimAdminId'),
  dateInvalid: (field: string) => error('CLAIM_DATE_INVALID', 'A calendar date YYYY-MM-DD is required', field),
  dateToBeforeFrom: () => error('CLAIM_DATE_TO_BEFORE_FROM', 'The end date is before the start date', 'dateTo'),
  dateClaimedBeforeFrom: () => error('CLAIM_DATE_CLAIMED_BEFORE_FROM', 'The claimed date is before the start date', 'dateClaimed'),
  diagnosisNotFound: (field: string) => error('DIAGNOSIS_NOT_FOUND', 'No current diagnosis has this code', field),
  tooManyDiagnoses: (max: number) => error('TOO_MANY_DIAGNOSES', `At most ${max} secondary diagnoses`, 'secondaryDiagnoses'),
  noLines: () => error('CLAIM_LINES_REQUIRED', 'A claim has at least one item or service line', 'items'),
  tooManyLines: (max: number) => error('CLAIM_TOO_MANY_LINES', `At most ${max} lines per claim`, 'items'),
  itemNotFound: (field: string) => error('ITEM_NOT_FOUND', 'No current medical item has this code', field),
  serviceNotFound: (field: string) => error('SERVICE_NOT_FOUND', 'No current medical service has this code', field),
  quantityInvalid: (field: string) => error('CLAIM_QUANTITY_INVALID', 'The quantity must be a positive number with at most two decimals', field),
  quantityAboveMaximum: (field: string, maximum: number) => error('CLAIM_QUANTITY_ABOVE_MAXIMUM', `At most ${maximum} per claim line`, field),
  priceInvalid: (field: string) => error('CLAIM_PRICE_INVALID', 'The price asked must be a positive amount of money (at most two decimals)', field),
  textInvalid: (field: string) => error('CLAIM_TEXT_INVALID', 'Text of at most 1000 characters that can be stored', field),
  claimedTooLarge: () => error('CLAIM_AMOUNT_TOO_LARGE', 'The claimed total is too large', 'items'),
  notEditable: () => error('CLAIM_NOT_EDITABLE', 'Only an Entered claim not yet submitted may be changed or deleted', 'id'),
  notChecked: (field = 'id') => error('CLAIM_NOT_CHECKED', 'Only a Checked claim (adjudicated without valuation) may be processed', field),
  valuationFailed: (field: string, reason: string) =>
    error('CLAIM_VALUATION_FAILED', `Valuation could not run on this claim or on another claim of its insuree's family in the call (nothing of them was written): ${reason}`, field),
  notRejected: () => error('CLAIM_NOT_REJECTED', 'Only a Rejected claim may be restored', 'id'),
  restoreLimit: (max: number) => error('CLAIM_RESTORE_LIMIT', `A claim may be restored at most ${max} times`, 'id'),
  batchTooLarge: (max: number) => error('CLAIM_BATCH_TOO_LARGE', `At most ${max} claims per call`, 'claims'),
  batchEmpty: () => error('CLAIM_BATCH_EMPTY', 'Send at least one claim', 'claims'),
  alreadySubmitted: (field = 'ids') => error('CLAIM_ALREADY_SUBMITTED', 'The claim is already submitted', field),
};
