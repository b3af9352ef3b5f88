import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { orRefuse, type UseCase } from '@imis/application';
import { createEvent, insureeMovedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import type { ScopedCommandMeta } from '../../../shared/application/scoped-command-meta';
import { moveMember } from '../domain/family-head';
import { RegistryRecords } from '../infrastructure/registry-records';
import { changeableFamily, changeableInsuree } from './changeable-records';
import { insureeView, type InsureeView } from './insuree.view';

export interface MoveInsureeData {
  id: string;
  familyId: string;
}

/** Moves an insuree (not a head) into another family, or gives one without a family a family. */
@Injectable()
export class MoveInsuree implements UseCase<MoveInsureeData, { insuree: InsureeView }, ScopedCommandMeta> {
  readonly operation = 'moveInsuree';

  async execute(tx: EntityManager, data: MoveInsureeData, { actor, scope }: ScopedCommandMeta): Promise<{ insuree: InsureeView }> {
    const records = new RegistryRecords(tx);
    // The family it leaves must be in the scope as well as the one it joins (changeableInsuree).
    const insuree = changeableInsuree(await records.insuree(data.id), scope);
    const target = changeableFamily(await records.family(data.familyId), scope, 'familyId');
    const source = insuree.familyId ? await records.family(insuree.familyId) : null;
    const from = source ? RegistryRecords.membership(source, await records.members(source.id)) : null;
    orRefuse(moveMember(from, RegistryRecords.membership(target, await records.members(target.id)), insuree.id));

    tx.assign(insuree, { familyId: target.id, isHead: false, familyVillageId: target.villageId });
    insuree.markChanged(actor);
    await tx.flush();
    recordEvent(
      tx,
      createEvent(insureeMovedEvent, {
        subject: insuree.id,
        data: { id: insuree.id, fromFamilyId: source?.id ?? null, toFamilyId: target.id, familyVillageId: target.villageId, version: insuree.version },
      }),
    );
    return { insuree: insureeView(insuree) };
  }
}
