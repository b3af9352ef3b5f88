import type { EntityManager } from '@mikro-orm/core';
import { isUuid } from '@imis/persistence';
import type { FamilyMembership } from '../domain/family-head';
import { Family } from './family.entity';
import { Insuree } from './insuree.entity';

/** Loads of current families and insurees for commands (unscoped: commands check the scope themselves). */
export class RegistryRecords {
  constructor(private readonly em: EntityManager) {}

  insuree(id: string | null | undefined): Promise<Insuree | null> {
    return isUuid(id) ? this.em.findOne(Insuree, { id, deletedAt: null }) : Promise.resolve(null);
  }

  insurees(ids: readonly string[]): Promise<Insuree[]> {
    const valid = ids.filter(isUuid);
    return valid.length === 0 ? Promise.resolve([]) : this.em.find(Insuree, { id: { $in: valid }, deletedAt: null });
  }

  family(id: string | null | undefined): Promise<Family | null> {
    return isUuid(id) ? this.em.findOne(Family, { id, deletedAt: null }) : Promise.resolve(null);
  }

  members(familyId: string): Promise<Insuree[]> {
    return this.em.find(Insuree, { familyId, deletedAt: null }, { orderBy: { id: 'asc' } });
  }

  /** The current families among these ids with their current members: two queries however many. */
  async memberships(familyIds: readonly string[]): Promise<FamilyMembership[]> {
    const ids = [...new Set(familyIds)].filter(isUuid);
    if (ids.length === 0) return [];
    const families = await this.em.find(Family, { id: { $in: ids }, deletedAt: null });
    const members = await this.em.find(Insuree, { familyId: { $in: ids }, deletedAt: null }, { orderBy: { id: 'asc' } });
    return families.map((family) => RegistryRecords.membership(family, members.filter((member) => member.familyId === family.id)));
  }

  /** Whether any row, current or deleted, has this id (a client-chosen id must be new). */
  async idExists(entity: typeof Family | typeof Insuree, id: string): Promise<boolean> {
    return (await this.em.count(entity, { id })) > 0;
  }

  static membership(family: Family, members: readonly Insuree[]): FamilyMembership {
    return { familyId: family.id, headId: family.headInsureeId, memberIds: members.map((member) => member.id) };
  }
}
