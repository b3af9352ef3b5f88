import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { DomainError } from '@imis/kernel';
import { refuse, runCommand } from '@imis/application';
import { deleteMembers, removeMembers } from '../../domain/family-head';
import { registryErrors } from '../../domain/registry.errors';
import { RegistryRecords } from '../../infrastructure/registry-records';
import { insureeInScope } from '../../infrastructure/registry-scope';
import type { RegistryCommand } from '../registry-commands';
import { insureeView, type InsureeView } from '../insuree.view';
import { leaveFamily } from './leave-family';

export interface InsureeIdsData {
  insureeIds: string[];
}

/**
 * removeInsurees (detach from their families) and deleteInsurees (soft delete): never a family's head,
 * all or nothing, every refusal reported at once.
 */
@Injectable()
export class RemoveInsureesHandler {
  constructor(private readonly em: EntityManager) {}

  remove(command: RegistryCommand<InsureeIdsData>) {
    return this.run(command, 'removeInsurees', 'detach');
  }

  delete(command: RegistryCommand<InsureeIdsData>) {
    return this.run(command, 'deleteInsurees', 'delete');
  }

  private run({ data, meta, scope }: RegistryCommand<InsureeIdsData>, operation: string, how: 'detach' | 'delete') {
    return runCommand(this.em, { ...meta, operation }, async (tx): Promise<{ insurees: InsureeView[] }> => {
      const ids = [...new Set(data.insureeIds)];
      const records = new RegistryRecords(tx);
      const insurees = await records.insurees(ids);
      const found = new Map(insurees.map((insuree) => [insuree.id, insuree]));
      const errors: DomainError[] = ids.filter((id) => !found.has(id)).map(() => registryErrors.insureeNotFound('insureeIds'));
      errors.push(...insurees.filter((insuree) => !insureeInScope(insuree, scope)).map(() => registryErrors.insureeOutOfScope('insureeIds')));
      if (errors.length > 0) refuse(...errors);
      const familyIds = insurees.flatMap((insuree) => (insuree.familyId ? [insuree.familyId] : []));
      const headRefusals = (await records.memberships(familyIds)).flatMap((membership) => {
        const leaving = insurees.filter((insuree) => insuree.familyId === membership.familyId).map((insuree) => insuree.id);
        const result = how === 'delete' ? deleteMembers(membership, leaving) : removeMembers(membership, leaving);
        return result.ok ? [] : result.errors;
      });
      if (headRefusals.length > 0) refuse(...headRefusals);
      const leavers = how === 'delete' ? insurees : insurees.filter((insuree) => insuree.familyId !== null);
      await leaveFamily(tx, leavers, how, meta.actor);
      return { insurees: insurees.map(insureeView) };
    });
  }
}
