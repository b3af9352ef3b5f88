import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type CommandMeta, expectVersion, refuse, type UseCase } from '@imis/application';
import { createEvent, medicalServiceDeletedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { catalogueErrors } from '../domain/catalogue.errors';
import { findCurrent } from '../infrastructure/catalogue-search';
import { MedicalService } from '../infrastructure/medical-service.entity';
import { lockPackageGraph, packagesContaining } from '../infrastructure/package-graph';
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
    const service = (await findCurrent(tx, MedicalService, id)) ?? refuse(catalogueErrors.notFound('service'));
    expectVersion(service, version);
    await lockPackageGraph(tx);
    const packages = await packagesContaining(tx, 'service', service.id);
    if (packages.length > 0) refuse(catalogueErrors.inPackage('service', packages));
    service.markDeleted(actor);
    await tx.flush();
    recordEvent(tx, createEvent(medicalServiceDeletedEvent, { subject: service.id, data: catalogueEntryDeletedData(service) }));
    return { service: medicalServiceView(service) };
  }
}
