import type { HistoryRecord } from '@imis/persistence';
import type { FamilyView } from '../application/family.view';
import type { InsureeView } from '../application/insuree.view';
import { FamilyModel } from './family.model';
import { FamilyVersionModel } from './family-version.model';
import { InsureeModel } from './insuree.model';
import { InsureeVersionModel } from './insuree-version.model';

export function toInsureeModel(view: InsureeView): InsureeModel {
  return Object.assign(new InsureeModel(), { ...view, statusCode: view.status });
}

export function toFamilyModel(view: FamilyView): FamilyModel {
  return Object.assign(new FamilyModel(), view);
}

/** History rows hold the entity's properties as they were, dates as JSON strings. */
export function toInsureeVersionModel(record: HistoryRecord): InsureeVersionModel {
  const data = record.data as Record<string, unknown>;
  return Object.assign(new InsureeVersionModel(), {
    ...data,
    statusCode: data.status,
    ...pastVersion(record),
  });
}

export function toFamilyVersionModel(record: HistoryRecord): FamilyVersionModel {
  return Object.assign(new FamilyVersionModel(), { ...(record.data as Record<string, unknown>), ...pastVersion(record) });
}

function pastVersion(record: HistoryRecord) {
  return { version: record.version, validFrom: record.validFrom, validTo: record.validTo, changedBy: record.changedBy, replacedBy: record.replacedBy };
}
