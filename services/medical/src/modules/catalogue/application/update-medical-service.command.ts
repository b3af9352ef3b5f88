import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type CommandMeta, orRefuse, type UseCase } from '@imis/application';
import { createEvent, medicalServiceUpdatedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { changedMedicalServiceFields, type MedicalServiceInput } from '../domain/medical-service-fields';
import { entryToChange, flushEntry, refuseTakenCode } from './catalogue-entry-changes';
import { medicalServiceFields, medicalServiceState, medicalServiceView, type MedicalServiceView } from './medical-service.view';
import { checkPackageLineReferences } from './package-line-references';

/** Fields left `undefined` keep their value; `null` clears an optional one; `packageLines` replaces all lines. */
export interface UpdateMedicalServiceData extends MedicalServiceInput {
  id: string;
  /** When given, the version the client read: another current version is a VERSION_CONFLICT. */
  version?: number | null;
}

/** Changes a service and its package lines (never so that the package contains itself); the previous version goes to history. */
@Injectable()
export class UpdateMedicalService implements UseCase<UpdateMedicalServiceData, { service: MedicalServiceView }> {
  readonly operation = 'updateMedicalService';

  async execute(tx: EntityManager, { id, version, ...changes }: UpdateMedicalServiceData, { actor }: CommandMeta): Promise<{ service: MedicalServiceView }> {
    const service = await entryToChange(tx, 'service', id, version);
    const current = medicalServiceFields(service);
    const [{ fields, changed }] = orRefuse(changedMedicalServiceFields(current, changes));
    if (!changed) return { service: medicalServiceView(service) };
    if (fields.code !== service.code) await refuseTakenCode(tx, 'service', fields.code, service.id);
    if (JSON.stringify(fields.packageLines) !== JSON.stringify(current.packageLines)) {
      await checkPackageLineReferences(tx, fields.packageLines, { id: service.id, code: fields.code });
    }

    tx.assign(service, fields);
    service.markChanged(actor);
    await flushEntry(tx, 'service', fields.code);
    recordEvent(tx, createEvent(medicalServiceUpdatedEvent, { subject: service.id, data: medicalServiceState(service) }));
    return { service: medicalServiceView(service) };
  }
}
