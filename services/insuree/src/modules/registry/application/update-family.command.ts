import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { orRefuse, refuse, type UseCase } from '@imis/application';
import { createEvent, familyUpdatedEvent, insureeMovedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import type { ScopedCommandMeta } from '../../../shared/application/scoped-command-meta';
import { type FamilyFieldsInput, updatedFamilyFields } from '../../../shared/domain/family-fields';
import { registryErrors } from '../domain/registry.errors';
import { RegistryRecords } from '../infrastructure/registry-records';
import { changeableFamily } from './changeable-records';
import { familyFieldsOf, familyView, type FamilyView } from './family.view';
import { familyState } from './registry-event-data';
import { villageRefusal } from './registry-references';

export interface UpdateFamilyData extends FamilyFieldsInput {
  id: string;
  /** The version the client read, when it sends one. */
  version?: number | null;
}

/**
 * Changes a family's details; fields not sent keep their value. A new village must be in the sender's
 * scope too, and moves every member with it (each announced by insuree.moved).
 */
@Injectable()
export class UpdateFamily implements UseCase<UpdateFamilyData, { family: FamilyView }, ScopedCommandMeta> {
  readonly operation = 'updateFamily';

  async execute(tx: EntityManager, { id, version, ...patch }: UpdateFamilyData, { actor, scope }: ScopedCommandMeta): Promise<{ family: FamilyView }> {
    const records = new RegistryRecords(tx);
    const family = changeableFamily(await records.family(id), scope);
    if (version != null && version !== family.version) refuse(registryErrors.versionConflict(family.version));
    const [{ fields, changed }] = orRefuse(updatedFamilyFields(familyFieldsOf(family), patch));
    if (!changed) return { family: familyView(family) };
    const moved = fields.villageId !== family.villageId;
    if (moved) {
      const village = await villageRefusal(tx, fields.villageId, scope);
      if (village) refuse(village);
    }

    tx.assign(family, fields);
    family.markChanged(actor);
    const members = moved ? await records.members(family.id) : [];
    for (const member of members) {
      member.familyVillageId = fields.villageId;
      member.markChanged(actor);
    }
    await tx.flush();
    recordEvent(tx, createEvent(familyUpdatedEvent, { subject: family.id, data: familyState(family) }));
    for (const member of members) {
      recordEvent(
        tx,
        createEvent(insureeMovedEvent, {
          subject: member.id,
          data: { id: member.id, fromFamilyId: family.id, toFamilyId: family.id, familyVillageId: family.villageId, version: member.version },
        }),
      );
    }
    return { family: familyView(family) };
  }
}
