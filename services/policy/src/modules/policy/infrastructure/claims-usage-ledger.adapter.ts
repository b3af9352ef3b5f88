import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ClaimUsageLedger } from '../../claim-usage';
import { PolicyClaimsUsage } from '../application/policy-claims-usage';

/** PolicyClaimsUsage from the claim-usage module's rows (the claim service's policy-usage events). */
@Injectable()
export class ClaimsUsageOfPolicies extends PolicyClaimsUsage {
  constructor(private readonly ledger: ClaimUsageLedger) {
    super();
  }

  usedByClaims(tx: EntityManager, policyId: string): Promise<boolean> {
    return this.ledger.usedByClaims(tx, policyId);
  }
}
