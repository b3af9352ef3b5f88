import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type CommandMeta, flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import { createEvent, medicalServiceCreatedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { catalogueErrors } from '../domain/catalogue.errors';
import { type MedicalServiceInput, newMedicalServiceFields } from '../domain/medical-service-fields';
import { isCodeTaken } from '../infrastructure/catalogue-search';
import { MEDICAL_SERVICE_CODE_UNIQUE_INDEX, MedicalService } from '../infrastructure/medical-service.entity';
import { medicalServiceState, medicalServiceView, type MedicalServiceView } from './medical-service.view';
import { checkPackageLineReferences } from './package-line-references';

export type CreateMedicalServiceData = MedicalServiceInput;

/** Adds a service (a package when it has lines, each naming a current item or service) to the register. */
@Injectable()
export class CreateMedicalService implements UseCase<CreateMedicalServiceData, { service: MedicalServiceView }> {
  readonly operation = 'createMedicalService';

  async execute(tx: EntityManager, data: CreateMedicalServiceData, { actor }: CommandMeta): Promise<{ service: MedicalServiceView }> {
    const [fields] = orRefuse(newMedicalServiceFields(data));
    if (await isCodeTaken(tx, MedicalService, fields.code)) refuse(catalogueErrors.codeTaken('service', fields.code));
    await checkPackageLineReferences(tx, fields.packageLines);
    const service = tx.create(MedicalService, { ...fields, changedBy: actor });
    await flushOrRefuse(tx, { [MEDICAL_SERVICE_CODE_UNIQUE_INDEX]: () => catalogueErrors.codeTaken('service', fields.code) });
    recordEvent(tx, createEvent(medicalServiceCreatedEvent, { subject: service.id, data: medicalServiceState(service) }));
    return { service: medicalServiceView(service) };
  }
}
