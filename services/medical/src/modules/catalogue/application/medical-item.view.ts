import type { MedicalItemState } from '@imis/contracts';
import type { HistoryRecord } from '@imis/persistence';
import type { MedicalItemFields } from '../domain/medical-item-fields';
import type { MedicalItem } from '../infrastructure/medical-item.entity';
import { currentVersion, type CurrentVersion, entryFields, entryFieldsOf, pastVersion, type PastVersion, quantityNumber } from './catalogue-entry.view';

export interface MedicalItemView extends MedicalItemFields, CurrentVersion {}
export interface MedicalItemVersionView extends MedicalItemFields, PastVersion {}

export function medicalItemFields(item: MedicalItem): MedicalItemFields {
  return { ...entryFields(item), type: item.type, package: item.package, quantity: item.quantity };
}

export function medicalItemView(item: MedicalItem): MedicalItemView {
  return { ...medicalItemFields(item), ...currentVersion(item) };
}

export function medicalItemVersionView(record: HistoryRecord): MedicalItemVersionView {
  const data = record.data;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    ...entryFieldsOf(data),
    type: data.type as MedicalItemFields['type'],
    package: text(data.package),
    quantity: text(data.quantity),
    ...pastVersion(record),
  };
}

/** The full state `created` and `updated` carry. */
export function medicalItemState(item: MedicalItem): MedicalItemState {
  const fields = medicalItemFields(item);
  return {
    id: item.id,
    ...fields,
    maximumQuantity: quantityNumber(fields.maximumQuantity),
    quantity: quantityNumber(fields.quantity),
    version: item.version,
  };
}
