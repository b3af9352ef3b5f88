import type { DomainError } from '@imis/kernel';

const error = (code: string, message: string, field: string): DomainError => ({ code, message, field });

/** Every refusal of policy commands, with its stable code (documented in the service README) and the field at fault. */
export const policyErrors = {
  notFound: (field = 'id') => error('POLICY_NOT_FOUND', 'No current policy of a family in your data scope has this id', field),
  familyNotFound: () => error('FAMILY_NOT_FOUND', 'No current family in your data scope has this id', 'familyId'),
  productNotFound: () => error('PRODUCT_NOT_FOUND', 'No current product you may see has this id', 'productId'),
  productNotAvailable: () =>
    error('PRODUCT_NOT_AVAILABLE', "The product is not sold in the family's location or not on the enrolment date (its sale window)", 'productId'),
  enrolDateInvalid: () => error('ENROL_DATE_INVALID', 'A calendar date YYYY-MM-DD is required', 'enrolDate'),
  enrolDateInFuture: () => error('ENROL_DATE_IN_FUTURE', 'The enrolment date must not be after today', 'enrolDate'),
  aboveMemberCap: (members: number, cap: number) =>
    error('FAMILY_ABOVE_MEMBER_CAP', `The family has ${members} members, more than the ${cap} the product covers`, 'familyId'),
  officerInvalid: () => error('POLICY_OFFICER_INVALID', 'The enrolment officer must be an id (UUID)', 'officerId'),
  valueMismatch: (computed: string) => error('POLICY_VALUE_MISMATCH', `The value sent differs from the computed value ${computed}`, 'value'),
  valueInvalid: () => error('POLICY_VALUE_INVALID', 'A money amount (at most two decimals) is required', 'value'),
  notLatest: () => error('POLICY_NOT_LATEST', "Only the family's latest policy of its product may be renewed", 'policyId'),
  notIdle: () => error('POLICY_NOT_IDLE', 'Only an Idle policy (not yet paid) may be changed', 'id'),
  notSuspendable: () => error('POLICY_NOT_SUSPENDABLE', 'Only an Active or Idle policy may be suspended', 'id'),
  usedByClaims: () => error('POLICY_USED_BY_CLAIMS', 'Claims were adjudicated against this policy', 'id'),
};
