import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { orRefuse, type UseCase } from '@imis/application';
import { createEvent, insureeStatusChangedEvent } from '@imis/contracts';
import { today } from '@imis/kernel';
import { recordEvent } from '@imis/messaging';
import type { ScopedCommandMeta } from '../../../shared/application/scoped-command-meta';
import { changeStatus, type InsureeStatusChange } from '../domain/insuree-status';
import { RegistryRecords } from '../infrastructure/registry-records';
import { changeableInsuree } from './changeable-records';
import { insureeView, type InsureeView } from './insuree.view';

export interface ChangeInsureeStatusData extends InsureeStatusChange {
  id: string;
}

/**
 * Makes an insuree active, inactive or dead (with a reason of that type). The policy service reacts to
 * the event (ending or reopening the insuree's cover).
 */
@Injectable()
export class ChangeInsureeStatus implements UseCase<ChangeInsureeStatusData, { insuree: InsureeView }, ScopedCommandMeta> {
  readonly operation = 'changeInsureeStatus';

  async execute(tx: EntityManager, { id, ...change }: ChangeInsureeStatusData, { actor, scope }: ScopedCommandMeta): Promise<{ insuree: InsureeView }> {
    const insuree = changeableInsuree(await new RegistryRecords(tx).insuree(id), scope);
    const previousStatus = insuree.status;
    const [next] = orRefuse(changeStatus({ status: insuree.status, reasonCode: insuree.statusReason }, change, today()));

    tx.assign(insuree, { status: next.status, statusReason: next.reasonCode, statusDate: next.statusDate });
    insuree.markChanged(actor);
    await tx.flush();
    recordEvent(
      tx,
      createEvent(insureeStatusChangedEvent, {
        subject: insuree.id,
        data: { id: insuree.id, previousStatus, status: next.status, statusReason: next.reasonCode, statusDate: next.statusDate, version: insuree.version },
      }),
    );
    return { insuree: insureeView(insuree) };
  }
}
