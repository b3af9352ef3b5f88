import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import type { ScopeFilter } from '@imis/auth';
import { createEvent, familyCreatedEvent, insureeCreatedEvent, insureeMovedEvent } from '@imis/contracts';
import { today } from '@imis/kernel';
import { recordEvent } from '@imis/messaging';
import type { ScopedCommandMeta } from '../../../shared/application/scoped-command-meta';
import { familyFields, type FamilyFieldsInput } from '../../../shared/domain/family-fields';
import { insureeFields, type InsureeFieldsInput } from '../../../shared/domain/insuree-fields';
import { InsuranceNumbers, insuranceNumberTaken } from '../../insurance-number';
import { familyHeadSource } from '../domain/family-head';
import { registryErrors } from '../domain/registry.errors';
import { Family } from '../infrastructure/family.entity';
import { Insuree } from '../infrastructure/insuree.entity';
import { INSURANCE_NUMBER_UNIQUE_INDEX } from '../infrastructure/registry.indexes';
import { RegistryRecords } from '../infrastructure/registry-records';
import { changeableInsuree } from './changeable-records';
import { familyView, type FamilyView } from './family.view';
import { insureeReferenceRefusals, withFieldPrefix } from './insuree-writes';
import { referenceErrors } from './reference.errors';
import { familyState, insureeState } from './registry-event-data';
import { clientIdRefusal, villageRefusal } from './registry-references';

export interface CreateFamilyData extends FamilyFieldsInput {
  /** Chosen by the client when it created the family offline. */
  id?: string | null;
  /** A new insuree who heads the family… */
  head?: (InsureeFieldsInput & { id?: string | null }) | null;
  /** …or an existing insuree without a family. */
  headInsureeId?: string | null;
  offline?: boolean | null;
}

/** Registers a family with its head, in one transaction with their events. */
@Injectable()
export class CreateFamily implements UseCase<CreateFamilyData, { family: FamilyView }, ScopedCommandMeta> {
  readonly operation = 'createFamily';

  constructor(private readonly numbers: InsuranceNumbers) {}

  async execute(tx: EntityManager, data: CreateFamilyData, { actor, scope }: ScopedCommandMeta): Promise<{ family: FamilyView }> {
    const [fields, source] = orRefuse(familyFields(data), familyHeadSource({ headInsureeId: data.headInsureeId, hasNewHeadInsuree: !!data.head }));
    const records = new RegistryRecords(tx);
    const idRefusal = clientIdRefusal(data.id, 'id');
    if (idRefusal) refuse(idRefusal);
    if (data.id && (await records.idExists(Family, data.id))) refuse(referenceErrors.familyIdTaken());
    const village = await villageRefusal(tx, fields.villageId, scope);
    if (village) refuse(village);

    const family = tx.create(Family, { ...fields, ...(data.id ? { id: data.id } : {}), headInsureeId: '', offline: data.offline ?? false, changedBy: actor });
    const head = source.kind === 'new' ? await this.newHead(tx, records, data.head ?? {}, family, actor) : await existingHead(records, source.insureeId, family, scope);
    family.headInsureeId = head.id;
    await flushOrRefuse(tx, { [INSURANCE_NUMBER_UNIQUE_INDEX]: () => insuranceNumberTaken('head.insuranceNumber') });

    recordEvent(tx, createEvent(familyCreatedEvent, { subject: family.id, data: familyState(family) }));
    recordEvent(
      tx,
      source.kind === 'new'
        ? createEvent(insureeCreatedEvent, { subject: head.id, data: insureeState(head) })
        : createEvent(insureeMovedEvent, {
            subject: head.id,
            data: { id: head.id, fromFamilyId: null, toFamilyId: family.id, familyVillageId: family.villageId, version: head.version },
          }),
    );
    return { family: familyView(family) };
  }

  private async newHead(tx: EntityManager, records: RegistryRecords, input: InsureeFieldsInput & { id?: string | null }, family: Family, actor: string): Promise<Insuree> {
    const [fields] = orRefuse(withFieldPrefix(insureeFields(input, today()), 'head'));
    const idRefusal = clientIdRefusal(input.id, 'head.id');
    const refusals = [...(idRefusal ? [idRefusal] : []), ...(await insureeReferenceRefusals(tx, this.numbers, fields, { fieldPrefix: 'head' }))];
    if (input.id && (await records.idExists(Insuree, input.id))) refusals.push(referenceErrors.insureeIdTaken('head.id'));
    if (refusals.length > 0) refuse(...refusals);
    return tx.create(Insuree, {
      ...fields,
      insuranceNumber: fields.insuranceNumber as string,
      ...(input.id ? { id: input.id } : {}),
      familyId: family.id,
      isHead: true,
      familyVillageId: family.villageId,
      offline: family.offline,
      changedBy: actor,
    });
  }
}

/** An existing insuree without a family becomes the new family's head. */
async function existingHead(records: RegistryRecords, insureeId: string, family: Family, scope: ScopeFilter): Promise<Insuree> {
  const insuree = changeableInsuree(await records.insuree(insureeId), scope, 'headInsureeId');
  if (insuree.familyId !== null) refuse({ ...registryErrors.insureeAlreadyInFamily(), field: 'headInsureeId' });
  insuree.familyId = family.id;
  insuree.isHead = true;
  insuree.familyVillageId = family.villageId;
  insuree.markChanged(family.changedBy);
  return insuree;
}
