import type { DomainError } from '@imis/kernel';

/** Refusals of CreateFundingPolicy: the funding event names something this service does not have. */
export const fundingErrors = {
  productNotFound: () => ({ code: 'PRODUCT_NOT_FOUND', message: 'The funded product is not a product of the policy service', field: 'productId' }) satisfies DomainError,
  policyIdTaken: () => ({ code: 'FUNDING_POLICY_ID_TAKEN', message: 'The funding policy id names a policy of another family or product', field: 'policyId' }) satisfies DomainError,
};
