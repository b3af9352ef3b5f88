import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ScopeFilter } from '@imis/auth';
import type { Page } from '@imis/graphql';
import { CREATION_ORDER, createdAfter, type CreationKey } from '@imis/persistence';
import type { PolicyJobKind } from '../domain/policy-job-run';
import { uuidArray } from '../infrastructure/uuid-array';
import { PolicyJobRun } from '../infrastructure/policy-job-run.entity';
import { PolicyRenewalPhoto } from '../infrastructure/policy-renewal-photo.entity';
import { PolicyRenewal } from '../infrastructure/policy-renewal.entity';

export interface RenewalFilter {
  policyId?: string | null;
  familyId?: string | null;
  runId?: string | null;
  renewalDateFrom?: string | null;
  renewalDateTo?: string | null;
}

/** Read side of job runs and renewal reminders (keyset pages in creation order: a run's queuing time, a reminder's creation). */
@Injectable()
export class RenewalQueries {
  constructor(private readonly em: EntityManager) {}

  async runs(kind: PolicyJobKind | null, page: Page): Promise<{ rows: (PolicyJobRun & CreationKey)[]; totalCount: number }> {
    const where: FilterQuery<PolicyJobRun> = kind ? { kind } : {};
    const [rows, totalCount] = await Promise.all([
      this.em.find(PolicyJobRun, { $and: [where, ...createdAfter<PolicyJobRun>(page.after, 'queued_at')] }, { orderBy: { queuedAt: 'asc', id: 'asc' }, limit: page.size + 1 }),
      this.em.count(PolicyJobRun, where),
    ]);
    return { rows: rows.map((run) => ({ ...run, createdAt: run.queuedAt })), totalCount };
  }

  async run(id: string): Promise<PolicyJobRun | null> {
    return this.em.findOne(PolicyJobRun, { id });
  }

  /** Reminders of families the caller sees (their village in its data scope; a family not projected: unrestricted scope only). */
  async renewals(filter: RenewalFilter, page: Page, visible: ScopeFilter): Promise<{ rows: PolicyRenewal[]; totalCount: number }> {
    const where: Record<string, unknown> = {};
    if (filter.policyId) where.policyId = filter.policyId;
    if (filter.familyId) where.familyId = filter.familyId;
    if (filter.runId) where.runId = filter.runId;
    const dates: Record<string, string> = {};
    if (filter.renewalDateFrom) dates.$gte = filter.renewalDateFrom;
    if (filter.renewalDateTo) dates.$lte = filter.renewalDateTo;
    if (Object.keys(dates).length > 0) where.renewalDate = dates;
    const query = () => {
      const qb = this.em.createQueryBuilder(PolicyRenewal, 'r').where(where);
      if (!visible.everywhere) qb.andWhere('r.family_id in (select f.id from projected_family f where f.village_id = any(?::uuid[]))', [uuidArray(visible.locationIds)]);
      return qb;
    };
    const [rows, totalCount] = await Promise.all([
      query().andWhere(page.after ? { $and: createdAfter<PolicyRenewal>(page.after) } : {}).orderBy(CREATION_ORDER).limit(page.size + 1).getResultList(),
      query().getCount(),
    ]);
    return { rows, totalCount };
  }

  /** The photo lists of these reminders (one query). */
  async photos(renewalIds: readonly string[]): Promise<Map<string, PolicyRenewalPhoto[]>> {
    const rows = await this.em.find(PolicyRenewalPhoto, { renewalId: { $in: [...renewalIds] } }, { orderBy: { id: 'asc' } });
    const byRenewal = new Map<string, PolicyRenewalPhoto[]>();
    for (const row of rows) byRenewal.set(row.renewalId, [...(byRenewal.get(row.renewalId) ?? []), row]);
    return byRenewal;
  }
}
