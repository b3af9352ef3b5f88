import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type CommandMeta, flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import { createEvent, medicalItemCreatedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { catalogueErrors } from '../domain/catalogue.errors';
import { type MedicalItemInput, newMedicalItemFields } from '../domain/medical-item-fields';
import { isCodeTaken } from '../infrastructure/catalogue-search';
import { MEDICAL_ITEM_CODE_UNIQUE_INDEX, MedicalItem } from '../infrastructure/medical-item.entity';
import { medicalItemState, medicalItemView, type MedicalItemView } from './medical-item.view';

export type CreateMedicalItemData = MedicalItemInput;

/** Adds a drug or consumable to the register, under a code no current item has. */
@Injectable()
export class CreateMedicalItem implements UseCase<CreateMedicalItemData, { item: MedicalItemView }> {
  readonly operation = 'createMedicalItem';

  async execute(tx: EntityManager, data: CreateMedicalItemData, { actor }: CommandMeta): Promise<{ item: MedicalItemView }> {
    const [fields] = orRefuse(newMedicalItemFields(data));
    if (await isCodeTaken(tx, MedicalItem, fields.code)) refuse(catalogueErrors.codeTaken('item', fields.code));
    const item = tx.create(MedicalItem, { ...fields, changedBy: actor });
    await flushOrRefuse(tx, { [MEDICAL_ITEM_CODE_UNIQUE_INDEX]: () => catalogueErrors.codeTaken('item', fields.code) });
    recordEvent(tx, createEvent(medicalItemCreatedEvent, { subject: item.id, data: medicalItemState(item) }));
    return { item: medicalItemView(item) };
  }
}
