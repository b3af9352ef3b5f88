import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ClaimDeletedData, PolicyUsageRecordedData } from '@imis/contracts';
import { countedPolicies } from '../domain/claim-usage';
import { holdClaimVersion, policyUsedByClaims, recordClaimUsage, withdrawClaimUsage } from '../infrastructure/claim-usage.statements';

/**
 * Claims' usage of policies, per claim and policy, with the aggregates the enquiry reads (per policy, per
 * member, per member and category, per member and item or service). A claim's newest report replaces its
 * earlier usage; older or repeated reports, and anything after its deletion, change nothing.
 */
@Injectable()
export class ClaimUsageLedger {
  async recorded(tx: EntityManager, report: PolicyUsageRecordedData): Promise<void> {
    if (!(await holdClaimVersion(tx, report.claimId, report.claimVersion, false))) return;
    await withdrawClaimUsage(tx, report.claimId);
    await recordClaimUsage(tx, report, countedPolicies(report));
  }

  async deleted(tx: EntityManager, claim: ClaimDeletedData): Promise<void> {
    if (!(await holdClaimVersion(tx, claim.id, claim.version, true))) return;
    await withdrawClaimUsage(tx, claim.id);
  }

  /** Whether a claim's current usage names the policy (it may then not be deleted). */
  usedByClaims(tx: EntityManager, policyId: string): Promise<boolean> {
    return policyUsedByClaims(tx, policyId);
  }
}
