import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import { createEvent, insureeUpdatedEvent } from '@imis/contracts';
import { today } from '@imis/kernel';
import { recordEvent } from '@imis/messaging';
import type { ScopedCommandMeta } from '../../../shared/application/scoped-command-meta';
import { type InsureeFieldsInput, updatedInsureeFields } from '../../../shared/domain/insuree-fields';
import { InsuranceNumbers, insuranceNumberTaken } from '../../insurance-number';
import { registryErrors } from '../domain/registry.errors';
import { INSURANCE_NUMBER_UNIQUE_INDEX } from '../infrastructure/registry.indexes';
import { RegistryRecords } from '../infrastructure/registry-records';
import { changeableInsuree } from './changeable-records';
import { insureeFieldsOf, insureeView, type InsureeView } from './insuree.view';
import { insureeReferenceRefusals } from './insuree-writes';
import { insureeState } from './registry-event-data';

export interface UpdateInsureeData extends InsureeFieldsInput {
  id: string;
  /** The version the client read, when it sends one. */
  version?: number | null;
}

/** Changes an insuree's details; fields not sent keep their value, the previous version goes to history. */
@Injectable()
export class UpdateInsuree implements UseCase<UpdateInsureeData, { insuree: InsureeView }, ScopedCommandMeta> {
  readonly operation = 'updateInsuree';

  constructor(private readonly numbers: InsuranceNumbers) {}

  async execute(tx: EntityManager, { id, version, ...patch }: UpdateInsureeData, { actor, scope }: ScopedCommandMeta): Promise<{ insuree: InsureeView }> {
    const insuree = changeableInsuree(await new RegistryRecords(tx).insuree(id), scope);
    if (version != null && version !== insuree.version) refuse(registryErrors.versionConflict(insuree.version));
    const [{ fields, changed }] = orRefuse(updatedInsureeFields(insureeFieldsOf(insuree), patch, today()));
    if (!changed) return { insuree: insureeView(insuree) };
    const refusals = await insureeReferenceRefusals(tx, this.numbers, fields, { exceptInsureeId: insuree.id });
    if (refusals.length > 0) refuse(...refusals);

    tx.assign(insuree, { ...fields, insuranceNumber: fields.insuranceNumber as string });
    insuree.markChanged(actor);
    await flushOrRefuse(tx, { [INSURANCE_NUMBER_UNIQUE_INDEX]: () => insuranceNumberTaken() });
    recordEvent(tx, createEvent(insureeUpdatedEvent, { subject: insuree.id, data: insureeState(insuree) }));
    return { insuree: insureeView(insuree) };
  }
}
