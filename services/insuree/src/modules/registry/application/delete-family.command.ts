import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { UseCase } from '@imis/application';
import { createEvent, familyDeletedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import type { ScopedCommandMeta } from '../../../shared/application/scoped-command-meta';
import { RegistryRecords } from '../infrastructure/registry-records';
import { changeableFamily } from './changeable-records';
import { familyView, type FamilyView } from './family.view';
import { leaveFamily } from './leave-family';

export interface DeleteFamilyData {
  id: string;
  /** true: the members are deleted too; false: they stay insurees without a family. */
  deleteMembers: boolean;
}

/** Deletes a family (kept as history) with its members, or leaving them without a family. */
@Injectable()
export class DeleteFamily implements UseCase<DeleteFamilyData, { family: FamilyView }, ScopedCommandMeta> {
  readonly operation = 'deleteFamily';

  async execute(tx: EntityManager, data: DeleteFamilyData, { actor, scope }: ScopedCommandMeta): Promise<{ family: FamilyView }> {
    const records = new RegistryRecords(tx);
    const family = changeableFamily(await records.family(data.id), scope);
    const members = await records.members(family.id);
    await leaveFamily(tx, members, data.deleteMembers ? 'delete' : 'detach', actor);
    family.markDeleted(actor);
    await tx.flush();
    recordEvent(
      tx,
      createEvent(familyDeletedEvent, {
        subject: family.id,
        data: { id: family.id, memberIds: members.map((member) => member.id), membersDeleted: data.deleteMembers, version: family.version },
      }),
    );
    return { family: familyView(family) };
  }
}
