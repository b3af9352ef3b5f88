import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import { createEvent, familyHeadChangedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import type { ScopedCommandMeta } from '../../../shared/application/scoped-command-meta';
import { setHead } from '../domain/family-head';
import { registryErrors } from '../domain/registry.errors';
import { ONE_HEAD_PER_FAMILY_INDEX } from '../infrastructure/registry.indexes';
import { RegistryRecords } from '../infrastructure/registry-records';
import { changeableFamily } from './changeable-records';
import { familyView, type FamilyView } from './family.view';

export interface SetFamilyHeadData {
  familyId: string;
  insureeId: string;
}

/** Makes another member the head; the family and both insurees keep their previous versions. */
@Injectable()
export class SetFamilyHead implements UseCase<SetFamilyHeadData, { family: FamilyView }, ScopedCommandMeta> {
  readonly operation = 'setFamilyHead';

  async execute(tx: EntityManager, data: SetFamilyHeadData, { actor, scope }: ScopedCommandMeta): Promise<{ family: FamilyView }> {
    const records = new RegistryRecords(tx);
    const family = changeableFamily(await records.family(data.familyId), scope, 'familyId');
    const members = await records.members(family.id);
    orRefuse(setHead(RegistryRecords.membership(family, members), data.insureeId));
    const previousHead = members.find((member) => member.id === family.headInsureeId);
    const newHead = members.find((member) => member.id === data.insureeId);
    if (!newHead) refuse(registryErrors.familyHeadNotMember());

    // One head per family is a unique index: the old head steps down before the new one steps up.
    // A concurrent setFamilyHead that committed first makes the unique index refuse ours.
    const headTaken = { [ONE_HEAD_PER_FAMILY_INDEX]: () => registryErrors.versionConflict(family.version) };
    if (previousHead) {
      previousHead.isHead = false;
      previousHead.markChanged(actor);
      await flushOrRefuse(tx, headTaken);
    }
    newHead.isHead = true;
    newHead.markChanged(actor);
    family.headInsureeId = newHead.id;
    family.markChanged(actor);
    await flushOrRefuse(tx, headTaken);
    recordEvent(
      tx,
      createEvent(familyHeadChangedEvent, {
        subject: family.id,
        data: { id: family.id, previousHeadInsureeId: previousHead?.id ?? newHead.id, headInsureeId: newHead.id, version: family.version },
      }),
    );
    return { family: familyView(family) };
  }
}
