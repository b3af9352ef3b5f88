import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Page } from '@imis/graphql';
import { insureesByNumbers } from '@imis/insuree-projection';
import { createdAfter, CREATION_ORDER, type CreationKey, findHistory, isUuid } from '@imis/persistence';
import { REJECTION_REASONS, type ClaimStatus, type RejectionReasonName } from '../domain/claim-codes';
import { claimsIn } from '../infrastructure/claim-conditions';
import { allLines, currentLines } from '../infrastructure/claim-lines';
import { Claim } from '../infrastructure/claim.entity';
import type { ClaimScope } from './claim-scope';
import { claimVersionViews, type ClaimVersionView } from './claim-version.view';
import { claimView, type ClaimView } from './claim.view';

export interface ClaimFilter {
  code?: string | null;
  status?: ClaimStatus | null;
  healthFacilityId?: string | null;
  insureeId?: string | null;
  insuranceNumber?: string | null;
  /** Claims whose care started on or after this date. */
  dateFrom?: string | null;
  /** Claims whose target date is on or before this date. */
  dateTo?: string | null;
  rejectionReason?: RejectionReasonName | null;
}

/** Read side of claims; every read takes the caller’s claim scope (out of it, a claim does not exist). */
@Injectable()
export class ClaimQueries {
  constructor(private readonly em: EntityManager) {}

  async search(filter: ClaimFilter, page: Page, scope: ClaimScope): Promise<{ rows: (ClaimView & CreationKey)[]; totalCount: number }> {
    const where = await this.conditions(filter);
    if (!where) return { rows: [], totalCount: 0 };
    const matching = (): FilterQuery<Claim> => ({ $and: [where, ...claimsIn(scope)] });
    const pageWhere = { $and: [matching(), ...createdAfter<Claim>(page.after)] };
    const rows = page.size === 0 ? [] : await this.em.find(Claim, pageWhere, { orderBy: CREATION_ORDER, limit: page.size + 1 });
    const views = await this.views(rows);
    return { rows: views.map((view, index) => ({ ...view, createdAt: rows[index].createdAt })), totalCount: await this.em.count(Claim, matching()) };
  }

  async byIds(ids: readonly string[], scope: ClaimScope): Promise<Map<string, ClaimView>> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return new Map();
    const rows = await this.em.find(Claim, { $and: [{ id: { $in: valid }, deletedAt: null }, ...claimsIn(scope)] });
    return new Map((await this.views(rows)).map((view) => [view.id, view]));
  }

  /** The current claims of the scope of these insurees (or facilities), by key, newest first: one query plus the lines. */
  async of(field: 'insureeId' | 'healthFacilityId', keys: readonly string[], scope: ClaimScope): Promise<Map<string, ClaimView[]>> {
    const valid = [...new Set(keys.filter(isUuid))];
    const byKey = new Map<string, ClaimView[]>(valid.map((key) => [key, []]));
    if (valid.length === 0) return byKey;
    const rows = await this.em.find(Claim, { $and: [{ [field]: { $in: valid }, deletedAt: null }, ...claimsIn(scope)] }, { orderBy: { id: 'desc' }, limit: 1000 });
    for (const view of await this.views(rows)) byKey.get(view[field])?.push(view);
    return byKey;
  }

  /** Past versions of a claim of the scope (current or deleted) with the lines each had, oldest first. */
  async history(id: string, scope: ClaimScope): Promise<ClaimVersionView[]> {
    if (!isUuid(id) || (await this.em.count(Claim, { $and: [{ id }, ...claimsIn(scope)] })) === 0) return [];
    const [records, lines] = await Promise.all([findHistory(this.em, Claim.name, id), allLines(this.em, id)]);
    return claimVersionViews(records, lines);
  }

  private async views(rows: Claim[]): Promise<ClaimView[]> {
    const lines = await currentLines(this.em, rows.map((row) => row.id));
    return rows.map((row) => claimView(row, lines.get(row.id)!));
  }

  private async conditions(filter: ClaimFilter): Promise<FilterQuery<Claim> | null> {
    const where: Record<string, unknown> = { deletedAt: null };
    const ids = [filter.healthFacilityId, filter.insureeId].filter((id): id is string => id != null);
    if (!ids.every(isUuid)) return null;
    if (filter.code) where.code = filter.code.trim();
    if (filter.status) where.status = filter.status;
    if (filter.healthFacilityId) where.healthFacilityId = filter.healthFacilityId;
    if (filter.rejectionReason) where.rejectionReason = REJECTION_REASONS[filter.rejectionReason];
    if (filter.dateFrom) where.dateFrom = { $gte: filter.dateFrom };
    if (filter.dateTo) where.$or = [{ dateTo: { $lte: filter.dateTo } }, { dateTo: null, dateFrom: { $lte: filter.dateTo } }];
    const insurees = filter.insuranceNumber ? (await insureesByNumbers(this.em, [filter.insuranceNumber.trim()])).map((row) => row.id) : null;
    if (insurees && insurees.length === 0) return null;
    const insureeIds = [...(filter.insureeId ? [filter.insureeId] : []), ...(insurees ?? [])];
    if (filter.insureeId && insurees && !insurees.includes(filter.insureeId)) return null;
    if (insureeIds.length > 0) where.insureeId = { $in: [...new Set(insureeIds)] };
    return where as FilterQuery<Claim>;
  }
}
