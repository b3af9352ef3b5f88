import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type CommandMeta, expectVersion, flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import { createEvent, medicalItemUpdatedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { catalogueErrors } from '../domain/catalogue.errors';
import { changedMedicalItemFields, type MedicalItemInput } from '../domain/medical-item-fields';
import { findCurrent, isCodeTaken } from '../infrastructure/catalogue-search';
import { MEDICAL_ITEM_CODE_UNIQUE_INDEX, MedicalItem } from '../infrastructure/medical-item.entity';
import { medicalItemFields, medicalItemState, medicalItemView, type MedicalItemView } from './medical-item.view';

/** Fields left `undefined` keep their value; `null` clears an optional one. */
export interface UpdateMedicalItemData extends MedicalItemInput {
  id: string;
  /** When given, the version the client read: another current version is a VERSION_CONFLICT. */
  version?: number | null;
}

/** Changes an item; the previous version goes to history. Sending the current values changes nothing. */
@Injectable()
export class UpdateMedicalItem implements UseCase<UpdateMedicalItemData, { item: MedicalItemView }> {
  readonly operation = 'updateMedicalItem';

  async execute(tx: EntityManager, { id, version, ...changes }: UpdateMedicalItemData, { actor }: CommandMeta): Promise<{ item: MedicalItemView }> {
    const item = (await findCurrent(tx, MedicalItem, id)) ?? refuse(catalogueErrors.notFound('item'));
    expectVersion(item, version);
    const [{ fields, changed }] = orRefuse(changedMedicalItemFields(medicalItemFields(item), changes));
    if (!changed) return { item: medicalItemView(item) };
    if (fields.code !== item.code && (await isCodeTaken(tx, MedicalItem, fields.code, item.id))) refuse(catalogueErrors.codeTaken('item', fields.code));

    tx.assign(item, fields);
    item.markChanged(actor);
    await flushOrRefuse(tx, { [MEDICAL_ITEM_CODE_UNIQUE_INDEX]: () => catalogueErrors.codeTaken('item', fields.code) });
    recordEvent(tx, createEvent(medicalItemUpdatedEvent, { subject: item.id, data: medicalItemState(item) }));
    return { item: medicalItemView(item) };
  }
}
