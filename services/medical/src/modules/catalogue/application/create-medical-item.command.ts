import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type CommandMeta, orRefuse, type UseCase } from '@imis/application';
import { createEvent, medicalItemCreatedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { type MedicalItemInput, newMedicalItemFields } from '../domain/medical-item-fields';
import { MedicalItem } from '../infrastructure/medical-item.entity';
import { flushEntry, refuseTakenCode } from './catalogue-entry-changes';
import { medicalItemState, medicalItemView, type MedicalItemView } from './medical-item.view';

export type CreateMedicalItemData = MedicalItemInput;

/** Adds a drug or consumable to the register, under a code no current item has. */
@Injectable()
export class CreateMedicalItem implements UseCase<CreateMedicalItemData, { item: MedicalItemView }> {
  readonly operation = 'createMedicalItem';

  async execute(tx: EntityManager, data: CreateMedicalItemData, { actor }: CommandMeta): Promise<{ item: MedicalItemView }> {
    const [fields] = orRefuse(newMedicalItemFields(data));
    await refuseTakenCode(tx, 'item', fields.code);
    const item = tx.create(MedicalItem, { ...fields, changedBy: actor });
    await flushEntry(tx, 'item', fields.code);
    recordEvent(tx, createEvent(medicalItemCreatedEvent, { subject: item.id, data: medicalItemState(item) }));
    return { item: medicalItemView(item) };
  }
}
