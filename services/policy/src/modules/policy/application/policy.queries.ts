import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ScopeFilter } from '@imis/auth';
import type { Page } from '@imis/graphql';
import { createdAfter, CREATION_ORDER, type CreationKey, findHistory, isUuid, listedAs } from '@imis/persistence';
import type { PolicyStatus } from '../domain/policy-codes';
import { InsureePolicy } from '../infrastructure/insuree-policy.entity';
import { coveringInsuree, ofFamiliesIn } from '../infrastructure/policy-conditions';
import { Policy } from '../infrastructure/policy.entity';
import { policyVersionView, type PolicyVersionView } from './policy-version.view';
import { policyView, type PolicyView } from './policy.view';

export interface PolicyFilter {
  familyId?: string | null;
  insureeId?: string | null;
  productId?: string | null;
  status?: PolicyStatus | null;
  /** Policies expiring before this date ("YYYY-MM-DD"). */
  expiryBefore?: string | null;
}

/** Read side of policies; every read takes the caller's data scope (policies of families living there). */
@Injectable()
export class PolicyQueries {
  constructor(private readonly em: EntityManager) {}

  async search(filter: PolicyFilter, page: Page, scope: ScopeFilter): Promise<{ rows: (PolicyView & CreationKey)[]; totalCount: number }> {
    const where: Record<string, unknown> = { deletedAt: null };
    const ids = [filter.familyId, filter.productId, filter.insureeId].filter((id): id is string => id !== null && id !== undefined);
    if (!ids.every(isUuid)) return { rows: [], totalCount: 0 };
    if (filter.familyId) where.familyId = filter.familyId;
    if (filter.productId) where.productId = filter.productId;
    if (filter.status) where.status = filter.status;
    if (filter.expiryBefore) where.expiryDate = { $lt: filter.expiryBefore };
    const insuree = filter.insureeId;
    const matching = (): FilterQuery<Policy> => ({ $and: [where as FilterQuery<Policy>, ...(insuree ? [coveringInsuree(insuree)] : []), ...ofFamiliesIn(scope)] });
    const pageWhere = { $and: [matching(), ...createdAfter<Policy>(page.after)] };
    const rows = page.size === 0 ? [] : await this.em.find(Policy, pageWhere, { orderBy: CREATION_ORDER, limit: page.size + 1 });
    return { rows: rows.map(listedAs(policyView)), totalCount: await this.em.count(Policy, matching()) };
  }

  async byIds(ids: readonly string[], scope: ScopeFilter): Promise<Map<string, PolicyView>> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return new Map();
    const rows = await this.em.find(Policy, { $and: [{ id: { $in: valid }, deletedAt: null }, ...ofFamiliesIn(scope)] });
    return new Map(rows.map((row) => [row.id, policyView(row)]));
  }

  /** The current policies of these families in the scope, by family, oldest start first (one query). */
  async ofFamilies(familyIds: readonly string[], scope: ScopeFilter): Promise<Map<string, PolicyView[]>> {
    const valid = [...new Set(familyIds.filter(isUuid))];
    const byFamily = new Map<string, PolicyView[]>(valid.map((id) => [id, []]));
    if (valid.length === 0) return byFamily;
    const rows = await this.em.find(Policy, { $and: [{ familyId: { $in: valid }, deletedAt: null }, ...ofFamiliesIn(scope)] }, { orderBy: { startDate: 'asc', id: 'asc' } });
    for (const row of rows) byFamily.get(row.familyId)?.push(policyView(row));
    return byFamily;
  }

  /** The current coverage rows of these policies, by policy (one query). */
  async insureePolicies(policyIds: readonly string[]): Promise<Map<string, InsureePolicy[]>> {
    const valid = [...new Set(policyIds.filter(isUuid))];
    const byPolicy = new Map<string, InsureePolicy[]>(valid.map((id) => [id, []]));
    if (valid.length === 0) return byPolicy;
    const rows = await this.em.find(InsureePolicy, { policyId: { $in: valid }, deletedAt: null }, { orderBy: { id: 'asc' } });
    for (const row of rows) byPolicy.get(row.policyId)?.push(row);
    return byPolicy;
  }

  /** Past versions of a policy (current or deleted) of a family in the scope, oldest first. */
  async history(id: string, scope: ScopeFilter): Promise<PolicyVersionView[]> {
    if (!isUuid(id) || (await this.em.count(Policy, { $and: [{ id }, ...ofFamiliesIn(scope)] })) === 0) return [];
    return (await findHistory(this.em, Policy.name, id)).map(policyVersionView);
  }
}
