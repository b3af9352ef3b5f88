import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ScopeFilter } from '@imis/auth';
import { today } from '@imis/kernel';
import { InjectPolicyEnv } from '../../../config/policy-env.module';
import type { PolicyEnv } from '../../../config/policy.config';
import { answeredRows, coverageLetter, oldestAnsweredExpiry } from '../domain/coverage-letter';
import { enquireLine, LIMITED_SERVICE_CATEGORIES, type ClaimCategory, type CoveringPolicy } from '../domain/line-enquiry';
import { remainingAmounts } from '../domain/remaining-amounts';
import { claimsOf, countLeft, usedAgainstLimits } from '../domain/usage';
import { coverageRows, type CoverageRow } from '../infrastructure/coverage-rows.query';
import type { CategoryLeftView, EligibilityView, LineEligibilityView, MemberCoverageView, PolicyCoverageView } from './coverage.view';

const CATEGORIES: readonly ClaimCategory[] = ['consultation', 'surgery', 'delivery', 'hospitalization', 'visit', 'antenatal'];

export interface EligibilityQuery {
  insuranceNumber: string;
  targetDate?: string | null;
  itemCode?: string | null;
  serviceCode?: string | null;
}

type PolicyRow = CoverageRow & { [K in 'policyId' | 'status' | 'productId' | 'productCode' | 'productName' | 'ceilingType' | 'enrolmentDate' | 'startDate' | 'expiryDate']: NonNullable<CoverageRow[K]> };

/**
 * The coverage and eligibility enquiry (§3): reads only this service's tables and projections, one SQL
 * statement per call (or per batch of insurees), claims' usage included (from the claim service's events:
 * `usageKnown` is always true now, see docs/api.md).
 */
@Injectable()
export class CoverageQueries {
  constructor(
    private readonly em: EntityManager,
    @InjectPolicyEnv() private readonly env: Pick<PolicyEnv, 'POLICY_AGE_OF_MAJORITY'>,
  ) {}

  async eligibility(query: EligibilityQuery, scope: ScopeFilter, now = today()): Promise<EligibilityView> {
    const targetDate = query.targetDate ?? now;
    const insuranceNumber = query.insuranceNumber.trim();
    const itemCode = query.itemCode?.trim() || null;
    const serviceCode = query.serviceCode?.trim() || null;
    const rows = await coverageRows(this.em, { selection: { insuranceNumbers: [insuranceNumber] }, scope, targetDate, oldestExpiry: oldestAnsweredExpiry(targetDate), itemCode, serviceCode });
    // Several current insurees may share a number only transiently (events out of order): answer the first.
    const insureeRows = rows.filter((row) => row.insureeId === rows[0]?.insureeId);
    if (insureeRows.length === 0) return { insuranceNumber, targetDate, refusal: 'INSUREE_NOT_FOUND', coverage: null, item: null, service: null };
    const first = insureeRows[0];
    const policies = insureeRows.filter(hasPolicy);
    return {
      insuranceNumber,
      targetDate,
      refusal: null,
      coverage: this.memberCoverage(first, policies, targetDate),
      item: itemCode === null ? null : this.line(itemCode, first.itemId, policies, 'itemLine', first, targetDate, false),
      service:
        serviceCode === null
          ? null
          : this.line(serviceCode, first.serviceId, policies, 'serviceLine', first, targetDate, first.serviceCategory !== null && first.serviceCategory in LIMITED_SERVICE_CATEGORIES),
    };
  }

  /** Coverage of many insurees on a date (Insuree.coverage, batched): one statement; those out of scope are left out. */
  async coverageOf(insureeIds: readonly string[], scope: ScopeFilter, targetDate = today()): Promise<Map<string, MemberCoverageView>> {
    const rows = await coverageRows(this.em, { selection: { insureeIds }, scope, targetDate, oldestExpiry: oldestAnsweredExpiry(targetDate) });
    const byInsuree = new Map<string, CoverageRow[]>();
    for (const row of rows) byInsuree.set(row.insureeId, [...(byInsuree.get(row.insureeId) ?? []), row]);
    return new Map([...byInsuree].map(([id, own]) => [id, this.memberCoverage(own[0], own.filter(hasPolicy), targetDate)]));
  }

  private memberCoverage(insuree: CoverageRow, policies: PolicyRow[], targetDate: string): MemberCoverageView {
    const answered = answeredRows(policies.map((row) => ({ row, letter: coverageLetter(row, targetDate) })));
    return {
      insureeId: insuree.insureeId,
      insuranceNumber: insuree.insuranceNumber,
      targetDate,
      usageKnown: true,
      policies: answered.map(({ row, letter }) => policyCoverage(row, letter)),
    };
  }

  /** §3 item/service enquiry over the member's Active policies whose product has the line and whose member row is effective. */
  private line(code: string, id: string | null, policies: PolicyRow[], line: 'itemLine' | 'serviceLine', insuree: CoverageRow, targetDate: string, limited: boolean): LineEligibilityView {
    const category = insuree.serviceCategory ? LIMITED_SERVICE_CATEGORIES[insuree.serviceCategory] : undefined;
    const covering: CoveringPolicy[] = policies
      .filter((row) => row.status === 'ACTIVE' && row[line] !== null && row.effectiveDate !== null)
      .map((row) => ({
        effectiveDate: row.effectiveDate!,
        line: row[line]!,
        categoryCountLeft: category ? countLeft(row.categoryLimits?.[category].maxCount ?? null, claimsOf(row.categoryClaims, category)) : null,
        categoryAmount: category ? (row.categoryLimits?.[category].maxAmount ?? null) : null,
        used: (line === 'itemLine' ? row.itemUsed : row.serviceUsed) ?? 0,
      }));
    const result = enquireLine(covering, { targetDate, birthDate: insuree.birthDate, ageOfMajority: this.env.POLICY_AGE_OF_MAJORITY }, limited);
    return { code, id, ...result };
  }
}

function hasPolicy(row: CoverageRow): row is PolicyRow {
  return row.policyId !== null;
}

function policyCoverage(row: PolicyRow, letter: PolicyCoverageView['letter']): PolicyCoverageView {
  const { deductible, ceiling } = remainingAmounts(
    {
      ceilingType: row.ceilingType,
      deductible: row.deductible!,
      ceiling: row.ceiling!,
      extraMemberCeiling: row.extraMemberCeiling!,
      maxPolicyCeiling: row.maxPolicyCeiling!,
      threshold: row.threshold ?? 0,
      memberCount: row.memberCount ?? 0,
    },
    row.familySize ?? 0,
    usedAgainstLimits(row.ceilingType, row.memberUsage, row.policyUsage),
  );
  const categories: CategoryLeftView[] = CATEGORIES.map((category) => ({
    category,
    countLeft: countLeft(row.categoryLimits?.[category]?.maxCount ?? null, claimsOf(row.categoryClaims, category)),
    amountLeft: row.categoryLimits?.[category]?.maxAmount ?? null,
  }));
  return {
    policyId: row.policyId,
    productId: row.productId,
    productCode: row.productCode,
    productName: row.productName,
    status: row.status,
    letter,
    enrolmentDate: row.enrolmentDate,
    startDate: row.startDate,
    effectiveDate: row.effectiveDate,
    expiryDate: row.expiryDate,
    ceilingType: row.ceilingType,
    deductibleLeft: deductible,
    ceilingLeft: ceiling,
    categories,
  };
}
