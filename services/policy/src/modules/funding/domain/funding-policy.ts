import { createHash } from 'node:crypto';
import { moneyToCents, normalizeMoney } from '@imis/kernel';
import { policyExpiry } from '../../policy-value';

/** What a funding policy needs of its product. */
export interface FundedProduct {
  readonly id: string;
  readonly lumpSum: string;
  readonly premiumAdult: string;
  readonly insurancePeriod: number;
}

/** The funding policy's value and dates (domain §4 "Funding"). */
export interface FundingPolicyTerms {
  readonly value: string;
  readonly enrolDate: string;
  readonly startDate: string;
  readonly effectiveDate: string;
  readonly expiryDate: string;
}

/**
 * A funding policy is Active from the pay date (start = effective = enrolment) for the product's insurance
 * period (the service's expiry rule), worth the product's lump sum, or its adult premium when it has none.
 */
export function fundingPolicyTerms(product: FundedProduct, payDate: string): FundingPolicyTerms {
  const value = normalizeMoney(moneyToCents(product.lumpSum) > 0 ? product.lumpSum : product.premiumAdult);
  return { value, enrolDate: payDate, startDate: payDate, effectiveDate: payDate, expiryDate: policyExpiry(payDate, product.insurancePeriod) };
}

// A fixed namespace of this service's pseudo-families (a random UUID chosen once; never change it).
const FUNDING_FAMILY_NAMESPACE = '6f1d2a3c-8b4e-4f5a-9c7d-1e2f3a4b5c6d';

/**
 * The pseudo-family a product's fundings at a location belong to (openIMIS creates one, head "999999999",
 * per product location): a name-based UUID (version 5 layout, SHA-1) of (product, location or "national"),
 * the same on every replay and in every database, with no insuree-service family behind it (ADR 0016).
 */
export function fundingFamilyId(productId: string, locationId: string | null): string {
  const namespace = Buffer.from(FUNDING_FAMILY_NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(`${productId.toLowerCase()}/${locationId?.toLowerCase() ?? 'national'}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
