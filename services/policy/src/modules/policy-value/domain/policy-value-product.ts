/**
 * The product fields that price a policy and set its dates, named as in the product contract
 * (productStateSchema): a product entity, a projected product or a test literal fits without a mapper.
 */
export interface PolicyPeriodProduct {
  /** Months a policy lasts (≥ 1). */
  readonly insurancePeriod: number;
  /** Months added to the enrolment date before cover can start. */
  readonly administrationPeriod: number;
  readonly gracePeriodEnrolment: number;
  readonly gracePeriodRenewal: number;
  /** Months to pay a policy of free enrolment (openIMIS WaitingPeriod). */
  readonly gracePeriodPayment: number;
  /** Fixed cycle starts "dd-mm"; empty: free enrolment. */
  readonly startCycles: readonly string[];
}

/** Amounts are money strings ("10000.00"), computed in integer cents. */
export interface PolicyPriceProduct {
  readonly lumpSum: string;
  /** The most members a policy counts. */
  readonly memberCount: number;
  /** Members covered by the lump sum (0: no extra members). */
  readonly threshold: number;
  readonly premiumAdult: string;
  readonly premiumChild: string;
  readonly registrationLumpSum: string;
  readonly registrationFee: string;
  readonly generalAssemblyLumpSum: string;
  readonly generalAssemblyFee: string;
  readonly enrolmentDiscountPercent: number;
  readonly enrolmentDiscountPeriod: number;
  readonly renewalDiscountPercent: number;
  readonly renewalDiscountPeriod: number;
}

export type PolicyValueProduct = PolicyPeriodProduct & PolicyPriceProduct;

/** N new enrolment, R renewal (the contract's policy stages). */
export type PolicyStage = 'N' | 'R';

export function hasCycles(product: Pick<PolicyPeriodProduct, 'startCycles'>): boolean {
  return product.startCycles.length > 0;
}
