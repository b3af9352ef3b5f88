import type { CatalogueEntryFields } from '../domain/catalogue-entry-fields';
import type { MedicalItemVersionView, MedicalItemView } from '../application/medical-item.view';
import type { MedicalServiceVersionView, MedicalServiceView } from '../application/medical-service.view';
import { MedicalItemModel, MedicalItemVersionModel } from './medical-item.model';
import { MedicalServiceModel, MedicalServiceVersionModel, PackageLineModel } from './medical-service.model';

const quantity = (value: string | null) => (value === null ? null : Number(value));

function entry(view: CatalogueEntryFields & { validFrom: string; validTo?: string }) {
  return {
    maximumQuantity: quantity(view.maximumQuantity),
    validFrom: new Date(view.validFrom),
    ...(view.validTo ? { validTo: new Date(view.validTo) } : {}),
  };
}

export function toMedicalItemModel(view: MedicalItemView): MedicalItemModel {
  return Object.assign(new MedicalItemModel(), { ...view, ...entry(view), quantity: quantity(view.quantity) });
}

export function toMedicalItemVersionModel(view: MedicalItemVersionView): MedicalItemVersionModel {
  return Object.assign(new MedicalItemVersionModel(), { ...view, ...entry(view), quantity: quantity(view.quantity) });
}

const lines = (view: MedicalServiceView | MedicalServiceVersionView) => view.packageLines.map((line) => Object.assign(new PackageLineModel(), line));

export function toMedicalServiceModel(view: MedicalServiceView): MedicalServiceModel {
  return Object.assign(new MedicalServiceModel(), { ...view, ...entry(view), packageLines: lines(view) });
}

export function toMedicalServiceVersionModel(view: MedicalServiceVersionView): MedicalServiceVersionModel {
  return Object.assign(new MedicalServiceVersionModel(), { ...view, ...entry(view), packageLines: lines(view) });
}
