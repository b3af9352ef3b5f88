import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { createEvent, insureeStatusChangedEvent } from '@imis/contracts';
import { orRefuse, refuse, runCommand } from '@imis/application';
import { today } from '@imis/kernel';
import { recordEvent } from '@imis/messaging';
import { changeStatus, type InsureeStatusChange } from '../../domain/insuree-status';
import { registryErrors } from '../../domain/registry.errors';
import { RegistryRecords } from '../../infrastructure/registry-records';
import { insureeInScope } from '../../infrastructure/registry-scope';
import type { RegistryCommand } from '../registry-commands';
import { insureeView, type InsureeView } from '../insuree.view';

export interface ChangeInsureeStatusData extends InsureeStatusChange {
  id: string;
}

/**
 * Makes an insuree active, inactive or dead (with a reason of that type). The policy service reacts to
 * the event (ending or reopening the insuree's cover).
 */
@Injectable()
export class ChangeInsureeStatusHandler {
  constructor(private readonly em: EntityManager) {}

  execute({ data: { id, ...change }, meta, scope }: RegistryCommand<ChangeInsureeStatusData>) {
    return runCommand(this.em, { ...meta, operation: 'changeInsureeStatus' }, async (tx): Promise<{ insuree: InsureeView }> => {
      const insuree = await new RegistryRecords(tx).insuree(id);
      if (!insuree) refuse(registryErrors.insureeNotFound());
      if (!insureeInScope(insuree, scope)) refuse(registryErrors.insureeOutOfScope());
      const previousStatus = insuree.status;
      const [next] = orRefuse(changeStatus({ status: insuree.status, reasonCode: insuree.statusReason }, change, today()));

      tx.assign(insuree, { status: next.status, statusReason: next.reasonCode, statusDate: next.statusDate });
      insuree.markChanged(meta.actor);
      await tx.flush();
      recordEvent(
        tx,
        createEvent(insureeStatusChangedEvent, {
          subject: insuree.id,
          data: { id: insuree.id, previousStatus, status: next.status, statusReason: next.reasonCode, statusDate: next.statusDate, version: insuree.version },
        }),
      );
      return { insuree: insureeView(insuree) };
    });
  }
}
