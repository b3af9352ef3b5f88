import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { createEvent, insureeUpdatedEvent } from '@imis/contracts';
import { flushOrRefuse, orRefuse, refuse, runCommand } from '@imis/application';
import { today } from '@imis/kernel';
import { recordEvent } from '@imis/messaging';
import { InsuranceNumbers, insuranceNumberTaken } from '../../../insurance-number';
import { type InsureeFieldsInput, updatedInsureeFields } from '../../../../shared/domain/insuree-fields';
import { registryErrors } from '../../domain/registry.errors';
import { INSURANCE_NUMBER_UNIQUE_INDEX } from '../../infrastructure/registry.indexes';
import { RegistryRecords } from '../../infrastructure/registry-records';
import { insureeInScope } from '../../infrastructure/registry-scope';
import type { RegistryCommand } from '../registry-commands';
import { insureeState } from '../registry-event-data';
import { insureeFieldsOf, insureeView, type InsureeView } from '../insuree.view';
import { insureeReferenceRefusals } from './insuree-writes';

export interface UpdateInsureeData extends InsureeFieldsInput {
  id: string;
  /** The version the client read, when it sends one. */
  version?: number | null;
}

/** Changes an insuree's details; fields not sent keep their value, the previous version goes to history. */
@Injectable()
export class UpdateInsureeHandler {
  constructor(
    private readonly em: EntityManager,
    private readonly numbers: InsuranceNumbers,
  ) {}

  execute({ data: { id, version, ...patch }, meta, scope }: RegistryCommand<UpdateInsureeData>) {
    return runCommand(this.em, { ...meta, operation: 'updateInsuree' }, async (tx): Promise<{ insuree: InsureeView }> => {
      const insuree = await new RegistryRecords(tx).insuree(id);
      if (!insuree) refuse(registryErrors.insureeNotFound());
      if (!insureeInScope(insuree, scope)) refuse(registryErrors.insureeOutOfScope());
      if (version != null && version !== insuree.version) refuse(registryErrors.versionConflict(insuree.version));
      const [{ fields, changed }] = orRefuse(updatedInsureeFields(insureeFieldsOf(insuree), patch, today()));
      if (!changed) return { insuree: insureeView(insuree) };
      const refusals = await insureeReferenceRefusals(tx, this.numbers, fields, { exceptInsureeId: insuree.id });
      if (refusals.length > 0) refuse(...refusals);

      tx.assign(insuree, { ...fields, insuranceNumber: fields.insuranceNumber as string });
      insuree.markChanged(meta.actor);
      await flushOrRefuse(tx, { [INSURANCE_NUMBER_UNIQUE_INDEX]: () => insuranceNumberTaken() });
      recordEvent(tx, createEvent(insureeUpdatedEvent, { subject: insuree.id, data: insureeState(insuree) }));
      return { insuree: insureeView(insuree) };
    });
  }
}
