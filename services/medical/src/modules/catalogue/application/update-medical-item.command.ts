import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type CommandMeta, orRefuse, type UseCase } from '@imis/application';
import { createEvent, medicalItemUpdatedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { changedMedicalItemFields, type MedicalItemInput } from '../domain/medical-item-fields';
import { entryToChange, flushEntry, refuseTakenCode } from './catalogue-entry-changes';
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
    const item = await entryToChange(tx, 'item', id, version);
    const [{ fields, changed }] = orRefuse(changedMedicalItemFields(medicalItemFields(item), changes));
    if (!changed) return { item: medicalItemView(item) };
    if (fields.code !== item.code) await refuseTakenCode(tx, 'item', fields.code, item.id);

    tx.assign(item, fields);
    item.markChanged(actor);
    await flushEntry(tx, 'item', fields.code);
    recordEvent(tx, createEvent(medicalItemUpdatedEvent, { subject: item.id, data: medicalItemState(item) }));
    return { item: medicalItemView(item) };
  }
}
