import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import { createEvent, insureeCreatedEvent } from '@imis/contracts';
import { today } from '@imis/kernel';
import { recordEvent } from '@imis/messaging';
import type { ScopedCommandMeta } from '../../../shared/application/scoped-command-meta';
import { insureeFields, type InsureeFieldsInput } from '../../../shared/domain/insuree-fields';
import { InsuranceNumbers, insuranceNumberTaken } from '../../insurance-number';
import { Insuree } from '../infrastructure/insuree.entity';
import { INSURANCE_NUMBER_UNIQUE_INDEX } from '../infrastructure/registry.indexes';
import { RegistryRecords } from '../infrastructure/registry-records';
import { changeableFamily } from './changeable-records';
import { insureeView, type InsureeView } from './insuree.view';
import { insureeReferenceRefusals } from './insuree-writes';
import { referenceErrors } from './reference.errors';
import { insureeState } from './registry-event-data';
import { clientIdRefusal } from './registry-references';

export interface CreateInsureeData extends InsureeFieldsInput {
  /** Chosen by the client when it created the insuree offline. */
  id?: string | null;
  familyId: string;
  offline?: boolean | null;
}

/** Adds a member to a family (a family's head is created with the family). */
@Injectable()
export class CreateInsuree implements UseCase<CreateInsureeData, { insuree: InsureeView }, ScopedCommandMeta> {
  readonly operation = 'createInsuree';

  constructor(private readonly numbers: InsuranceNumbers) {}

  async execute(tx: EntityManager, data: CreateInsureeData, { actor, scope }: ScopedCommandMeta): Promise<{ insuree: InsureeView }> {
    const [fields] = orRefuse(insureeFields(data, today()));
    const records = new RegistryRecords(tx);
    const family = changeableFamily(await records.family(data.familyId), scope, 'familyId');
    const idRefusal = clientIdRefusal(data.id, 'id');
    const refusals = [...(idRefusal ? [idRefusal] : []), ...(await insureeReferenceRefusals(tx, this.numbers, fields))];
    if (!idRefusal && data.id && (await records.idExists(Insuree, data.id))) refusals.push(referenceErrors.insureeIdTaken());
    if (refusals.length > 0) refuse(...refusals);

    const insuree = tx.create(Insuree, {
      ...fields,
      insuranceNumber: fields.insuranceNumber as string,
      ...(data.id ? { id: data.id } : {}),
      familyId: family.id,
      familyVillageId: family.villageId,
      offline: data.offline ?? false,
      changedBy: actor,
    });
    await flushOrRefuse(tx, { [INSURANCE_NUMBER_UNIQUE_INDEX]: () => insuranceNumberTaken() });
    recordEvent(tx, createEvent(insureeCreatedEvent, { subject: insuree.id, data: insureeState(insuree) }));
    return { insuree: insureeView(insuree) };
  }
}
