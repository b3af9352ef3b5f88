import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ScopeFilter } from '@imis/auth';
import type { Page } from '@imis/graphql';
import { centsToMoney, isCalendarDate, moneyToCents } from '@imis/kernel';
import { createdAfter, CREATION_ORDER, type CreationKey, findHistory, isUuid, listedAs, uuidArrayLiteral } from '@imis/persistence';
import { policiesByIds } from '@imis/policy-projection';
import { contributionsOf } from '../infrastructure/policy-contributions.sql';
import { ofPoliciesIn } from '../infrastructure/premium-conditions';
import { Premium } from '../infrastructure/premium.entity';
import { premiumVersionView, type PremiumVersionView } from './premium-version.view';
import { premiumView, type PremiumView } from './premium.view';

export interface PremiumFilter {
  policyId?: string | null;
  payerId?: string | null;
  receipt?: string | null;
  /** Pay dates from, to (inclusive, YYYY-MM-DD). */
  payDateFrom?: string | null;
  payDateTo?: string | null;
}

/** A policy's standing as this service knows it: paid total and, when the policy is projected, its balance. */
export interface PolicyStanding {
  paidTotal: string;
  balance: string | null;
}

/** Read side of premiums; every read takes the caller's data scope (premiums of policies of families living there). */
@Injectable()
export class PremiumQueries {
  constructor(private readonly em: EntityManager) {}

  async search(filter: PremiumFilter, page: Page, scope: ScopeFilter): Promise<{ rows: (PremiumView & CreationKey)[]; totalCount: number }> {
    const ids = [filter.policyId, filter.payerId].filter((id): id is string => id !== null && id !== undefined);
    const dates = [filter.payDateFrom, filter.payDateTo].filter((date): date is string => date !== null && date !== undefined);
    if (!ids.every(isUuid) || !dates.every(isCalendarDate)) return { rows: [], totalCount: 0 };
    const where: Record<string, unknown> = { deletedAt: null };
    if (filter.policyId) where.policyId = filter.policyId;
    if (filter.payerId) where.payerId = filter.payerId;
    if (filter.receipt?.trim()) where.receipt = filter.receipt.trim();
    if (filter.payDateFrom || filter.payDateTo) {
      where.payDate = { ...(filter.payDateFrom ? { $gte: filter.payDateFrom } : {}), ...(filter.payDateTo ? { $lte: filter.payDateTo } : {}) };
    }
    const matching = (): FilterQuery<Premium> => ({ $and: [where as FilterQuery<Premium>, ...ofPoliciesIn(scope)] });
    const pageWhere = { $and: [matching(), ...createdAfter<Premium>(page.after)] };
    const rows = page.size === 0 ? [] : await this.em.find(Premium, pageWhere, { orderBy: CREATION_ORDER, limit: page.size + 1 });
    return { rows: rows.map(listedAs(premiumView)), totalCount: await this.em.count(Premium, matching()) };
  }

  async byIds(ids: readonly string[], scope: ScopeFilter): Promise<Map<string, PremiumView>> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return new Map();
    const rows = await this.em.find(Premium, { $and: [{ id: { $in: valid }, deletedAt: null }, ...ofPoliciesIn(scope)] });
    return new Map(rows.map((row) => [row.id, premiumView(row)]));
  }

  /** The current premiums of these policies in the scope, by policy, in pay date order (one query). */
  async ofPolicies(policyIds: readonly string[], scope: ScopeFilter): Promise<Map<string, PremiumView[]>> {
    const valid = [...new Set(policyIds.filter(isUuid))];
    const byPolicy = new Map<string, PremiumView[]>(valid.map((id) => [id, []]));
    if (valid.length === 0) return byPolicy;
    const rows = await this.em.find(Premium, { $and: [{ policyId: { $in: valid }, deletedAt: null }, ...ofPoliciesIn(scope)] }, { orderBy: { payDate: 'asc', id: 'asc' } });
    for (const row of rows) byPolicy.get(row.policyId)?.push(premiumView(row));
    return byPolicy;
  }

  /** Paid total and balance (value − paid total) of these policies: two queries whatever their number. */
  async standings(policyIds: readonly string[]): Promise<Map<string, PolicyStanding>> {
    const valid = [...new Set(policyIds.filter(isUuid))];
    const [contributions, policies] = await Promise.all([contributionsOf(this.em, valid), policiesByIds(this.em, valid)]);
    const values = new Map(policies.map((policy) => [policy.id, policy.value]));
    return new Map(
      valid.map((id) => {
        const paidTotal = contributions.get(id)?.paidTotal ?? '0.00';
        const value = values.get(id);
        return [id, { paidTotal, balance: value === undefined ? null : centsToMoney(moneyToCents(value) - moneyToCents(paidTotal)) }];
      }),
    );
  }

  /**
   * Those of these policy ids the scope may read: projected policies of families living in it (any known id
   * when unrestricted), in the order given.
   */
  async policiesIn(policyIds: readonly string[], scope: ScopeFilter): Promise<string[]> {
    const valid = [...new Set(policyIds.filter(isUuid))];
    if (scope.everywhere || valid.length === 0) return valid;
    const rows = await this.em.execute<{ id: string }[]>(
      `select p.id from projected_policy p join projected_family f on f.id = p.family_id
       where p.id = any(?::uuid[]) and not p.deleted and f.village_id = any(?::uuid[])`,
      [uuidArrayLiteral(valid), uuidArrayLiteral(scope.locationIds)],
    );
    const allowed = new Set(rows.map((row) => row.id));
    return valid.filter((id) => allowed.has(id));
  }

  /** Past versions of a premium (current or deleted) of a policy in the scope, oldest first. */
  async history(id: string, scope: ScopeFilter): Promise<PremiumVersionView[]> {
    if (!isUuid(id) || (await this.em.count(Premium, { $and: [{ id }, ...ofPoliciesIn(scope)] })) === 0) return [];
    return (await findHistory(this.em, Premium.name, id)).map(premiumVersionView);
  }
}
