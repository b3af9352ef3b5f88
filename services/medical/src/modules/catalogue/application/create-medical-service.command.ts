import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type CommandMeta, orRefuse, type UseCase } from '@imis/application';
import { createEvent, medicalServiceCreatedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { type MedicalServiceInput, newMedicalServiceFields } from '../domain/medical-service-fields';
import { MedicalService } from '../infrastructure/medical-service.entity';
import { flushEntry, refuseTakenCode } from './catalogue-entry-changes';
import { medicalServiceState, medicalServiceView, type MedicalServiceView } from './medical-service.view';
import { checkPackageLineReferences } from './package-line-references';

export type CreateMedicalServiceData = MedicalServiceInput;

/** Adds a service (a package when it has lines, each naming a current item or service) to the register. */
@Injectable()
export class CreateMedicalService implements UseCase<CreateMedicalServiceData, { service: MedicalServiceView }> {
  readonly operation = 'createMedicalService';

  async execute(tx: EntityManager, data: CreateMedicalServiceData, { actor }: CommandMeta): Promise<{ service: MedicalServiceView }> {
    const [fields] = orRefuse(newMedicalServiceFields(data));
    await refuseTakenCode(tx, 'service', fields.code);
    await checkPackageLineReferences(tx, fields.packageLines);
    const service = tx.create(MedicalService, { ...fields, changedBy: actor });
    await flushEntry(tx, 'service', fields.code);
    recordEvent(tx, createEvent(medicalServiceCreatedEvent, { subject: service.id, data: medicalServiceState(service) }));
    return { service: medicalServiceView(service) };
  }
}
