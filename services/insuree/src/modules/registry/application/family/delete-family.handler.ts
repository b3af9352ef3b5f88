import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { createEvent, familyDeletedEvent } from '@imis/contracts';
import { refuse, runCommand } from '@imis/application';
import { recordEvent } from '@imis/messaging';
import { registryErrors } from '../../domain/registry.errors';
import { RegistryRecords } from '../../infrastructure/registry-records';
import { familyInScope } from '../../infrastructure/registry-scope';
import { familyView, type FamilyView } from '../family.view';
import { leaveFamily } from '../insuree/leave-family';
import type { RegistryCommand } from '../registry-commands';

export interface DeleteFamilyData {
  id: string;
  /** true: the members are deleted too; false: they stay insurees without a family. */
  deleteMembers: boolean;
}

/** Deletes a family (kept as history) with its members, or leaving them without a family. */
@Injectable()
export class DeleteFamilyHandler {
  constructor(private readonly em: EntityManager) {}

  execute({ data, meta, scope }: RegistryCommand<DeleteFamilyData>) {
    return runCommand(this.em, { ...meta, operation: 'deleteFamily' }, async (tx): Promise<{ family: FamilyView }> => {
      const records = new RegistryRecords(tx);
      const family = await records.family(data.id);
      if (!family) refuse(registryErrors.familyNotFound());
      if (!familyInScope(family, scope)) refuse(registryErrors.familyOutOfScope());
      const members = await records.members(family.id);
      await leaveFamily(tx, members, data.deleteMembers ? 'delete' : 'detach', meta.actor);
      family.markDeleted(meta.actor);
      await tx.flush();
      recordEvent(
        tx,
        createEvent(familyDeletedEvent, {
          subject: family.id,
          data: { id: family.id, memberIds: members.map((member) => member.id), membersDeleted: data.deleteMembers, version: family.version },
        }),
      );
      return { family: familyView(family) };
    });
  }
}
