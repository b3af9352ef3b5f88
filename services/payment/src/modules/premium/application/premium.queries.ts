import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, readRows, uuidArrayLiteral } from '@imis/persistence';

export interface PremiumRow {
  id: string;
  policyId: string;
  deleted: boolean;
}

/** Reads of the premiums' copy: one query. */
@Injectable()
export class PremiumQueries {
  /** The premiums (current or reversed) of these policies, and those with these ids wherever they are. */
  async ofPolicies(em: EntityManager, policyIds: readonly string[], premiumIds: readonly string[] = []): Promise<PremiumRow[]> {
    const policies = [...new Set(policyIds.filter(isUuid))];
    const premiums = [...new Set(premiumIds.filter(isUuid))];
    if (policies.length === 0 && premiums.length === 0) return [];
    return readRows(em, `select id, policy_id as "policyId", deleted from payment_premium where policy_id = any(?::uuid[]) or id = any(?::uuid[])`, [
      uuidArrayLiteral(policies),
      uuidArrayLiteral(premiums),
    ]);
  }
}
