import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { allows, type ScopeFilter } from '@imis/auth';
import { insureesByNumbers } from '@imis/insuree-projection';
import { moneyToCents } from '@imis/kernel';
import { locationsByIds } from '@imis/location-projection';
import { officersByCodes } from '@imis/officer-projection';
import { isUuid, readRows, uuidArrayLiteral } from '@imis/persistence';
import { policiesOfFamilies, productsByCodes } from '@imis/policy-projection';
import { PremiumQueries } from '../../premium';
import type { InsureeFacts, OfficerFacts, PolicyFacts, ProductFacts } from '../domain/payment-facts';

// What this service has matched to each policy: the projection's paid total (cash premiums included) learns of a
// matched payment only after the contribution and policy services have handled it, so a policy counts as paid
// the larger of the two (no second payment splits an outstanding value already matched but not yet projected).
// Likewise the premiums those matches announced count as the policy's until the premiums' copy knows them.
const MATCHED_TO_POLICIES = `select d.policy_id as "policyId", sum(d.amount)::text as paid, array_agg(d.premium_id)::text[] as "premiumIds"
  from payment_detail d join payment p on p.id = d.payment_id
  where p.status = 'MATCHED' and d.renewal_policy_id is null and d.policy_id = any(?::uuid[]) group by d.policy_id`;

/**
 * Reads what the payment rules need from the projections, set-based: a few queries for any number of
 * payments (insurees by number, products by code, the families' policies, officers, and the location chains
 * above their villages, one level per query).
 */
@Injectable()
export class PaymentFactsReader {
  constructor(private readonly premiums: PremiumQueries) {}

  /** Insurees by number with their family's area; with a scope, those of families outside it are left out (unknown). */
  async insurees(em: EntityManager, numbers: readonly string[], scope?: ScopeFilter): Promise<Map<string, InsureeFacts>> {
    const rows = (await insureesByNumbers(em, numbers)).filter((row) => row.familyId && row.familyVillageId && (!scope || allows(scope, row.familyVillageId)));
    const areas = await this.areas(em, rows.map((row) => row.familyVillageId!));
    return new Map(rows.map((row) => [row.insuranceNumber, { insuranceNumber: row.insuranceNumber, familyId: row.familyId!, familyArea: areas.get(row.familyVillageId!) ?? [] }]));
  }

  async products(em: EntityManager, codes: readonly string[]): Promise<Map<string, ProductFacts>> {
    return new Map((await productsByCodes(em, codes)).map((row) => [row.code, row]));
  }

  async policies(em: EntityManager, familyIds: readonly string[], productIds: readonly string[]): Promise<PolicyFacts[]> {
    const rows = await policiesOfFamilies(em, familyIds, productIds);
    if (rows.length === 0) return [];
    const matchedRows = await readRows<{ policyId: string; paid: string; premiumIds: string[] }>(em, MATCHED_TO_POLICIES, [uuidArrayLiteral(rows.map((row) => row.id))]);
    const paid = new Map(matchedRows.map((row) => [row.policyId, row.paid]));
    const withPremium = await this.policiesWithPremium(em, rows.map((row) => row.id), matchedRows);
    return rows.map((row) => ({
      id: row.id,
      familyId: row.familyId,
      productId: row.productId,
      stage: row.stage,
      status: row.status,
      startDate: row.startDate,
      valueCents: moneyToCents(row.value),
      paidCents: Math.max(moneyToCents(row.paidTotal), paid.has(row.id) ? moneyToCents(Number(paid.get(row.id)).toFixed(2)) : 0),
      hasPremium: withPremium.has(row.id),
    }));
  }

  /** Policies with a current premium in the premiums' copy, or one a match announced that the copy does not know yet. */
  private async policiesWithPremium(em: EntityManager, policyIds: readonly string[], matched: readonly { policyId: string; premiumIds: string[] }[]): Promise<Set<string>> {
    const copies = await this.premiums.ofPolicies(em, policyIds, matched.flatMap((row) => row.premiumIds));
    const known = new Set(copies.map((premium) => premium.id));
    return new Set([
      ...copies.filter((premium) => !premium.deleted).map((premium) => premium.policyId),
      ...matched.filter((row) => row.premiumIds.some((id) => !known.has(id))).map((row) => row.policyId),
    ]);
  }

  /** Current officers by code (officer projection), with the locations above their villages. */
  async officersByCode(em: EntityManager, codes: readonly string[]): Promise<Map<string, OfficerFacts>> {
    const rows = await officersByCodes(em, codes);
    const areas = await this.areas(em, rows.flatMap((row) => row.villageIds));
    return new Map(
      rows.map((row) => [row.code, { id: row.id, code: row.code, worksTo: row.worksTo, area: [...new Set(row.villageIds.flatMap((village) => areas.get(village) ?? [village]))] }]),
    );
  }

  /** Each village with every location above it: one query per level of the tree. */
  async areas(em: EntityManager, villageIds: readonly string[]): Promise<Map<string, string[]>> {
    const chains = new Map<string, string[]>([...new Set(villageIds.filter(isUuid))].map((id) => [id, [id]]));
    let frontier = new Map<string, string[]>([...chains.keys()].map((id) => [id, [id]]));
    for (let level = 0; level < 6 && frontier.size > 0; level++) {
      const rows = await locationsByIds(em, [...frontier.keys()], { includeDeleted: true });
      const next = new Map<string, string[]>();
      for (const row of rows) {
        if (!row.parentId) continue;
        for (const village of frontier.get(row.id) ?? []) {
          chains.get(village)!.push(row.parentId);
          next.set(row.parentId, [...(next.get(row.parentId) ?? []), village]);
        }
      }
      frontier = next;
    }
    return chains;
  }
}
