import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ScopeFilter } from '@imis/auth';
import type { Page } from '@imis/graphql';
import { type CreationKey, findHistory, type HistoryRecord, isUuid, listedAs } from '@imis/persistence';
import { Family } from '../infrastructure/family.entity';
import type { InsureeFilter } from '../infrastructure/insuree-search.sql';
import { Insuree } from '../infrastructure/insuree.entity';
import { type FamilyFilter, RegistryReads } from '../infrastructure/registry-reads';
import { familyInScope, insureeInScope } from '../domain/scope-rules';
import { familyView, type FamilyView } from './family.view';
import { insureeView, type InsureeView } from './insuree.view';

/**
 * Read side of the registry. Every read takes the caller's scope: a family or insuree outside it does
 * not exist for the caller.
 */
@Injectable()
export class RegistryQueries {
  constructor(private readonly em: EntityManager) {}

  private get reads() {
    return new RegistryReads(this.em);
  }

  async insurees(ids: readonly string[], scope: ScopeFilter): Promise<Map<string, InsureeView>> {
    const found = await this.reads.insurees(ids, scope);
    return new Map(found.map((insuree) => [insuree.id, insureeView(insuree)]));
  }

  /** `counted`: also count every match (totalCount), which costs as much as reading them all. */
  async searchInsurees(filter: InsureeFilter, page: Page, scope: ScopeFilter, counted = true): Promise<{ rows: (InsureeView & CreationKey)[]; totalCount: number | null }> {
    const { rows, totalCount } = await this.reads.searchInsurees(filter, page, scope, counted);
    return { rows: rows.map(listedAs(insureeView)), totalCount };
  }

  /** Current members of each family (heads first), as far as the caller may see them. */
  async members(familyIds: readonly string[], scope: ScopeFilter): Promise<Map<string, InsureeView[]>> {
    const byFamily = new Map<string, InsureeView[]>(familyIds.map((id) => [id, []]));
    for (const member of await this.reads.members(familyIds, scope)) byFamily.get(member.familyId as string)?.push(insureeView(member));
    return byFamily;
  }

  async families(ids: readonly string[], scope: ScopeFilter): Promise<Map<string, FamilyView>> {
    const found = await this.reads.families(ids, scope);
    return new Map(found.map((family) => [family.id, familyView(family)]));
  }

  async searchFamilies(filter: FamilyFilter, page: Page, scope: ScopeFilter, counted = true): Promise<{ rows: (FamilyView & CreationKey)[]; totalCount: number | null }> {
    const { rows, totalCount } = await this.reads.searchFamilies(filter, page, scope, counted);
    return { rows: rows.map(listedAs(familyView)), totalCount };
  }

  /** Past versions, oldest first; empty unless the insuree (current or deleted) is in the scope. */
  async insureeHistory(id: string, scope: ScopeFilter): Promise<HistoryRecord[]> {
    const insuree = isUuid(id) ? await this.em.findOne(Insuree, { id }) : null;
    return insuree && insureeInScope(insuree, scope) ? findHistory(this.em, Insuree.name, id) : [];
  }

  async familyHistory(id: string, scope: ScopeFilter): Promise<HistoryRecord[]> {
    const family = isUuid(id) ? await this.em.findOne(Family, { id }) : null;
    return family && familyInScope(family, scope) ? findHistory(this.em, Family.name, id) : [];
  }
}
