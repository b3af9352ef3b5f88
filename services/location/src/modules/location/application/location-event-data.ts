import type { LocationDeletedData, LocationMovedData, LocationState } from '@imis/contracts';
import type { Location } from '../infrastructure/location.entity';

/** The state carried by `created`/`updated` events. */
export function locationState(location: Location): LocationState {
  return {
    id: location.id,
    code: location.code,
    name: location.name,
    type: location.type,
    parentId: location.parentId,
    ancestorIds: [...location.ancestorIds],
    malePopulation: location.malePopulation,
    femalePopulation: location.femalePopulation,
    otherPopulation: location.otherPopulation,
    families: location.families,
    version: location.version,
  };
}

/** `moved` data: called after the flush, so `version` is the new one. */
export function locationMovedData(location: Location, oldParentId: string | null): LocationMovedData {
  const newParentId = location.parentId;
  if (newParentId === null) throw new Error('A moved location has a parent');
  const { id, code, type, version } = location;
  return { id, code, type, oldParentId, newParentId, ancestorIds: [...location.ancestorIds], version };
}

export function locationDeletedData(location: Location): LocationDeletedData {
  const { id, code, type, parentId, version } = location;
  return { id, code, type, parentId, version };
}
