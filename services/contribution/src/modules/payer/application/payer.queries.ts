import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ScopeFilter } from '@imis/auth';
import type { Page } from '@imis/graphql';
import { containsPattern, createdAfter, CREATION_ORDER, type CreationKey, findHistory, isUuid, listedAs } from '@imis/persistence';
import type { PayerType } from '../domain/payer-fields';
import { Payer } from '../infrastructure/payer.entity';
import { payerVersionView, type PayerVersionView } from './payer-version.view';
import { payerView, type PayerView } from './payer.view';

export interface PayerFilter {
  type?: PayerType | null;
  /** Part of the name, any case. */
  name?: string | null;
  locationId?: string | null;
}

/** National payers and those placed in the visible locations, as a query condition. */
function visibleIn(visible: ScopeFilter): FilterQuery<Payer>[] {
  return visible.everywhere ? [] : [{ $or: [{ locationId: null }, { locationId: { $in: [...visible.locationIds] } }] }];
}

/** Read side of payers; every read takes the locations the caller sees. */
@Injectable()
export class PayerQueries {
  constructor(private readonly em: EntityManager) {}

  async search(filter: PayerFilter, page: Page, visible: ScopeFilter): Promise<{ rows: (PayerView & CreationKey)[]; totalCount: number }> {
    if (filter.locationId && !isUuid(filter.locationId)) return { rows: [], totalCount: 0 };
    const conditions: FilterQuery<Payer>[] = [{ deletedAt: null }, ...visibleIn(visible)];
    if (filter.type) conditions.push({ type: filter.type });
    if (filter.name?.trim()) conditions.push({ name: { $ilike: containsPattern(filter.name.trim()) } });
    if (filter.locationId) conditions.push({ locationId: filter.locationId });
    const where: FilterQuery<Payer> = { $and: conditions };
    const pageWhere: FilterQuery<Payer> = { $and: [...conditions, ...createdAfter<Payer>(page.after)] };
    const rows = page.size === 0 ? [] : await this.em.find(Payer, pageWhere, { orderBy: CREATION_ORDER, limit: page.size + 1 });
    return { rows: rows.map(listedAs(payerView)), totalCount: await this.em.count(Payer, where) };
  }

  async byIds(ids: readonly string[], visible: ScopeFilter): Promise<Map<string, PayerView>> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return new Map();
    const rows = await this.em.find(Payer, { $and: [{ id: { $in: valid }, deletedAt: null }, ...visibleIn(visible)] });
    return new Map(rows.map((row) => [row.id, payerView(row)]));
  }

  /** Past versions of a payer (current or deleted) the caller sees, oldest first. */
  async history(id: string, visible: ScopeFilter): Promise<PayerVersionView[]> {
    if (!isUuid(id) || (await this.em.count(Payer, { $and: [{ id }, ...visibleIn(visible)] })) === 0) return [];
    return (await findHistory(this.em, Payer.name, id)).map(payerVersionView);
  }
}
