import type { PolicyMember } from './policy-members';
import type { PolicyValueProduct } from './policy-value-product';

/** A product of free enrolment with no price: each test sets what it is about. */
export function product(overrides: Partial<PolicyValueProduct> = {}): PolicyValueProduct {
  return {
    insurancePeriod: 12,
    administrationPeriod: 0,
    gracePeriodEnrolment: 0,
    gracePeriodRenewal: 0,
    gracePeriodPayment: 0,
    startCycles: [],
    lumpSum: '0.00',
    memberCount: 10,
    threshold: 0,
    premiumAdult: '0.00',
    premiumChild: '0.00',
    registrationLumpSum: '0.00',
    registrationFee: '0.00',
    generalAssemblyLumpSum: '0.00',
    generalAssemblyFee: '0.00',
    enrolmentDiscountPercent: 0,
    enrolmentDiscountPeriod: 0,
    renewalDiscountPercent: 0,
    renewalDiscountPeriod: 0,
    ...overrides,
  };
}

/** The product of domain §2's worked example. */
export const workedExampleProduct = product({
  lumpSum: '10000.00',
  threshold: 4,
  memberCount: 8,
  premiumAdult: '3000.00',
  premiumChild: '1500.00',
  registrationFee: '500.00',
  generalAssemblyLumpSum: '1000.00',
  startCycles: ['01-07'],
  gracePeriodEnrolment: 1,
  administrationPeriod: 0,
  insurancePeriod: 12,
  enrolmentDiscountPercent: 10,
  enrolmentDiscountPeriod: 2,
});

let next = 0;
export const member = (birthDate: string, relationship: string | null = null): PolicyMember => ({ id: `member-${++next}`, birthDate, relationship });

/** §2's family: 2 parents, 3 children, a grandmother related as "Other" (7). */
export const workedExampleFamily: readonly PolicyMember[] = [
  member('1985-03-10'),
  member('1987-09-21', '8'),
  member('2012-05-01', '4'),
  member('2015-11-30', '4'),
  member('2020-01-15', '4'),
  member('1950-06-06', '7'),
];
