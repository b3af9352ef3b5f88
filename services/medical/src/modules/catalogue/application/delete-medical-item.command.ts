import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type CommandMeta, expectVersion, refuse, type UseCase } from '@imis/application';
import { createEvent, medicalItemDeletedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { catalogueErrors } from '../domain/catalogue.errors';
import { findCurrent } from '../infrastructure/catalogue-search';
import { MedicalItem } from '../infrastructure/medical-item.entity';
import { lockPackageGraph, packagesContaining } from '../infrastructure/package-graph';
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
    const item = (await findCurrent(tx, MedicalItem, id)) ?? refuse(catalogueErrors.notFound('item'));
    expectVersion(item, version);
    await lockPackageGraph(tx);
    const packages = await packagesContaining(tx, 'item', item.id);
    if (packages.length > 0) refuse(catalogueErrors.inPackage('item', packages));
    item.markDeleted(actor);
    await tx.flush();
    recordEvent(tx, createEvent(medicalItemDeletedEvent, { subject: item.id, data: catalogueEntryDeletedData(item) }));
    return { item: medicalItemView(item) };
  }
}
