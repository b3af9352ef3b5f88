import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { createEvent, insureeMovedEvent } from '@imis/contracts';
import { orRefuse, refuse, runCommand } from '@imis/application';
import { recordEvent } from '@imis/messaging';
import { moveMember } from '../../domain/family-head';
import { registryErrors } from '../../domain/registry.errors';
import { RegistryRecords } from '../../infrastructure/registry-records';
import { familyInScope, insureeInScope } from '../../infrastructure/registry-scope';
import type { RegistryCommand } from '../registry-commands';
import { insureeView, type InsureeView } from '../insuree.view';

export interface MoveInsureeData {
  id: string;
  familyId: string;
}

/** Moves an insuree (not a head) into another family, or gives one without a family a family. */
@Injectable()
export class MoveInsureeHandler {
  constructor(private readonly em: EntityManager) {}

  execute({ data, meta, scope }: RegistryCommand<MoveInsureeData>) {
    return runCommand(this.em, { ...meta, operation: 'moveInsuree' }, async (tx): Promise<{ insuree: InsureeView }> => {
      const records = new RegistryRecords(tx);
      const insuree = await records.insuree(data.id);
      if (!insuree) refuse(registryErrors.insureeNotFound());
      if (!insureeInScope(insuree, scope)) refuse(registryErrors.insureeOutOfScope());
      const target = await records.family(data.familyId);
      if (!target) refuse(registryErrors.familyNotFound('familyId'));
      if (!familyInScope(target, scope)) refuse(registryErrors.familyOutOfScope('familyId'));
      const source = insuree.familyId ? await records.family(insuree.familyId) : null;
      const from = source ? RegistryRecords.membership(source, await records.members(source.id)) : null;
      orRefuse(moveMember(from, RegistryRecords.membership(target, await records.members(target.id)), insuree.id));

      tx.assign(insuree, { familyId: target.id, isHead: false, familyVillageId: target.villageId });
      insuree.markChanged(meta.actor);
      await tx.flush();
      recordEvent(
        tx,
        createEvent(insureeMovedEvent, {
          subject: insuree.id,
          data: { id: insuree.id, fromFamilyId: source?.id ?? null, toFamilyId: target.id, familyVillageId: target.villageId, version: insuree.version },
        }),
      );
      return { insuree: insureeView(insuree) };
    });
  }
}
