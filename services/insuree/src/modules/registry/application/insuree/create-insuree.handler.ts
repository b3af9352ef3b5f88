import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { createEvent, insureeCreatedEvent } from '@imis/contracts';
import { flushOrRefuse, orRefuse, refuse, runCommand } from '@imis/application';
import { today } from '@imis/kernel';
import { recordEvent } from '@imis/messaging';
import { InsuranceNumbers, insuranceNumberTaken } from '../../../insurance-number';
import { insureeFields, type InsureeFieldsInput } from '../../../../shared/domain/insuree-fields';
import { registryErrors } from '../../domain/registry.errors';
import { Insuree } from '../../infrastructure/insuree.entity';
import { INSURANCE_NUMBER_UNIQUE_INDEX } from '../../infrastructure/registry.indexes';
import { RegistryRecords } from '../../infrastructure/registry-records';
import { familyInScope } from '../../infrastructure/registry-scope';
import { referenceErrors } from '../reference.errors';
import type { RegistryCommand } from '../registry-commands';
import { insureeState } from '../registry-event-data';
import { clientIdRefusal } from '../registry-references';
import { insureeView, type InsureeView } from '../insuree.view';
import { insureeReferenceRefusals } from './insuree-writes';

export interface CreateInsureeData extends InsureeFieldsInput {
  /** Chosen by the client when it created the insuree offline. */
  id?: string | null;
  familyId: string;
  offline?: boolean | null;
}

/** Adds a member to a family (a family's head is created with the family). */
@Injectable()
export class CreateInsureeHandler {
  constructor(
    private readonly em: EntityManager,
    private readonly numbers: InsuranceNumbers,
  ) {}

  execute({ data, meta, scope }: RegistryCommand<CreateInsureeData>) {
    return runCommand(this.em, { ...meta, operation: 'createInsuree' }, async (tx): Promise<{ insuree: InsureeView }> => {
      const [fields] = orRefuse(insureeFields(data, today()));
      const records = new RegistryRecords(tx);
      const family = await records.family(data.familyId);
      if (!family) refuse(registryErrors.familyNotFound('familyId'));
      if (!familyInScope(family, scope)) refuse(registryErrors.familyOutOfScope('familyId'));
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
        changedBy: meta.actor,
      });
      await flushOrRefuse(tx, { [INSURANCE_NUMBER_UNIQUE_INDEX]: () => insuranceNumberTaken() });
      recordEvent(tx, createEvent(insureeCreatedEvent, { subject: insuree.id, data: insureeState(insuree) }));
      return { insuree: insureeView(insuree) };
    });
  }
}
