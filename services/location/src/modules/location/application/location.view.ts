import type { LocationFields } from '../domain/location-fields';
import type { LocationNode } from '../domain/location-tree';
import type { LocationTypeCode } from '../domain/location-type';
import type { Location } from '../infrastructure/location.entity';
import type { LocationRecord } from '../infrastructure/location.repository';
import { locationState } from './location-event-data';

/** A location as use cases return it: plain JSON, so an idempotent mutation can store and replay it. */
export interface LocationView extends LocationFields {
  id: string;
  type: LocationTypeCode;
  parentId: string | null;
  ancestorIds: string[];
  version: number;
  /** ISO date-time. */
  validFrom: string;
  changedBy: string;
  deleted: boolean;
}

export function locationView(location: Location): LocationView {
  return { ...locationState(location), validFrom: location.validFrom.toISOString(), changedBy: location.changedBy, deleted: location.isDeleted };
}

/** The view of a current location read as a record (the list query). */
export function locationRecordView(record: LocationRecord): LocationView {
  const { validFrom, changedBy, createdAt: _createdAt, ...state } = record;
  return { ...state, ancestorIds: [...state.ancestorIds], validFrom: validFrom.toISOString(), changedBy, deleted: false };
}

export function locationFields(location: Location): LocationFields {
  const { code, name, malePopulation, femalePopulation, otherPopulation, families } = location;
  return { code, name, malePopulation, femalePopulation, otherPopulation, families };
}

export function locationNode(location: Location): LocationNode {
  return { id: location.id, type: location.type, parentId: location.parentId, ancestorIds: location.ancestorIds };
}
