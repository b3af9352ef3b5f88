import type { MedicalServiceState } from '@imis/contracts';
import type { HistoryRecord } from '@imis/persistence';
import type { PackageLine } from '../domain/catalogue-codes';
import type { MedicalServiceFields } from '../domain/medical-service-fields';
import type { MedicalService } from '../infrastructure/medical-service.entity';
import { currentVersion, type CurrentVersion, entryFields, entryFieldsOf, pastVersion, type PastVersion, quantityNumber } from './catalogue-entry.view';

export interface MedicalServiceView extends MedicalServiceFields, CurrentVersion {}
export interface MedicalServiceVersionView extends MedicalServiceFields, PastVersion {}

export function medicalServiceFields(service: MedicalService): MedicalServiceFields {
  const { type, level, category, manualPrice, packageType } = service;
  return { ...entryFields(service), type, level, category, manualPrice, packageType, packageLines: service.packageLines.map((line) => ({ ...line })) };
}

export function medicalServiceView(service: MedicalService): MedicalServiceView {
  return { ...medicalServiceFields(service), ...currentVersion(service) };
}

export function medicalServiceVersionView(record: HistoryRecord): MedicalServiceVersionView {
  const data = record.data;
  return {
    ...entryFieldsOf(data),
    type: data.type as MedicalServiceFields['type'],
    level: data.level as MedicalServiceFields['level'],
    category: (data.category ?? null) as MedicalServiceFields['category'],
    manualPrice: data.manualPrice === true,
    packageType: data.packageType as MedicalServiceFields['packageType'],
    packageLines: Array.isArray(data.packageLines) ? (data.packageLines as PackageLine[]) : [],
    ...pastVersion(record),
  };
}

/** The full state `created` and `updated` carry, package lines included. */
export function medicalServiceState(service: MedicalService): MedicalServiceState {
  const fields = medicalServiceFields(service);
  return { id: service.id, ...fields, maximumQuantity: quantityNumber(fields.maximumQuantity), version: service.version };
}
