import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { CommandMeta, UseCase } from '@imis/application';
import { createEvent, medicalServiceDeletedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { deleteEntry, entryToChange } from './catalogue-entry-changes';
import { catalogueEntryDeletedData } from './catalogue-entry.view';
import { medicalServiceView, type MedicalServiceView } from './medical-service.view';

export interface DeleteMedicalServiceData {
  id: string;
  version?: number | null;
}

/** Soft-deletes a service (a package keeps its lines in history), unless another current package holds it. */
@Injectable()
export class DeleteMedicalService implements UseCase<DeleteMedicalServiceData, { service: MedicalServiceView }> {
  readonly operation = 'deleteMedicalService';

  async execute(tx: EntityManager, { id, version }: DeleteMedicalServiceData, { actor }: CommandMeta): Promise<{ service: MedicalServiceView }> {
    const service = await entryToChange(tx, 'service', id, version);
    await deleteEntry(tx, 'service', service, actor);
    recordEvent(tx, createEvent(medicalServiceDeletedEvent, { subject: service.id, data: catalogueEntryDeletedData(service) }));
    return { service: medicalServiceView(service) };
  }
}
