import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { CommandMeta, UseCase } from '@imis/application';
import { createEvent, medicalItemDeletedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { deleteEntry, entryToChange } from './catalogue-entry-changes';
import { catalogueEntryDeletedData } from './catalogue-entry.view';
import { medicalItemView, type MedicalItemView } from './medical-item.view';

export interface DeleteMedicalItemData {
  id: string;
  version?: number | null;
}

/** Soft-deletes an item (the row stays as history, its code becomes free), unless a current package holds it. */
@Injectable()
export class DeleteMedicalItem implements UseCase<DeleteMedicalItemData, { item: MedicalItemView }> {
  readonly operation = 'deleteMedicalItem';

  async execute(tx: EntityManager, { id, version }: DeleteMedicalItemData, { actor }: CommandMeta): Promise<{ item: MedicalItemView }> {
    const item = await entryToChange(tx, 'item', id, version);
    await deleteEntry(tx, 'item', item, actor);
    recordEvent(tx, createEvent(medicalItemDeletedEvent, { subject: item.id, data: catalogueEntryDeletedData(item) }));
    return { item: medicalItemView(item) };
  }
}
