import type { CoverageLetter, CoveragePolicyStatus } from '../domain/coverage-letter';
import type { ClaimCategory } from '../domain/line-enquiry';
import type { CeilingType, SplitAmount } from '../domain/remaining-amounts';

export interface CategoryLeftView {
  category: ClaimCategory;
  /** Claims left in the coverage period (the maximum less the member's claims of the category); null: unlimited. */
  countLeft: number | null;
  /** Most paid per claim (static, never reduced by usage); null: none set. */
  amountLeft: string | null;
}

/** One of the member's policies as the enquiry answers it. */
export interface PolicyCoverageView {
  policyId: string;
  productId: string;
  productCode: string;
  productName: string;
  status: CoveragePolicyStatus;
  letter: CoverageLetter;
  /** The member's own dates under the policy. */
  enrolmentDate: string;
  startDate: string;
  effectiveDate: string | null;
  expiryDate: string;
  ceilingType: CeilingType;
  deductibleLeft: SplitAmount;
  ceilingLeft: SplitAmount;
  categories: CategoryLeftView[];
}

/** A member's coverage on a date. */
export interface MemberCoverageView {
  insureeId: string;
  insuranceNumber: string;
  targetDate: string;
  /** True: amounts and counts left subtract the usage the claim service's events reported so far. */
  usageKnown: boolean;
  policies: PolicyCoverageView[];
}

export interface LineEligibilityView {
  code: string;
  /** The item or service in the catalogue (medical projection); null: no current one has this code. */
  id: string | null;
  covered: boolean;
  minDate: string | null;
  left: number | null;
  isOk: boolean;
}

export type EligibilityRefusal = 'INSUREE_NOT_FOUND';

export interface EligibilityView {
  insuranceNumber: string;
  targetDate: string;
  refusal: EligibilityRefusal | null;
  coverage: MemberCoverageView | null;
  item: LineEligibilityView | null;
  service: LineEligibilityView | null;
}
