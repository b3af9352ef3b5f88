import { randomUUID } from 'crypto';
import { createEvent, locationCreatedEvent, type CloudEvent, type LocationState, type LocationType } from '@imis/contracts';

export interface LocationTreeShape {
  regions?: number;
  districtsPerRegion?: number;
  wardsPerDistrict?: number;
  villagesPerWard?: number;
  /** Prefix of the generated codes (codes stay ≤ 8 characters for small trees). */
  codePrefix?: string;
}

const LEVELS: { type: LocationType; name: string; count: keyof LocationTreeShape }[] = [
  { type: 'R', name: 'Region', count: 'regions' },
  { type: 'D', name: 'District', count: 'districtsPerRegion' },
  { type: 'W', name: 'Ward', count: 'wardsPerDistrict' },
  { type: 'V', name: 'Village', count: 'villagesPerWard' },
];

/**
 * A consistent location tree (R → D → W → V, parents before children) as location states, for tests
 * of services that keep a location projection or scope by location.
 */
export function locationTree(shape: LocationTreeShape = {}): LocationState[] {
  const prefix = shape.codePrefix ?? 'T';
  const locations: LocationState[] = [];
  const grow = (level: number, parent: LocationState | null, path: string): void => {
    if (level >= LEVELS.length) return;
    const { type, name, count } = LEVELS[level];
    const size = (shape[count] as number | undefined) ?? 1;
    for (let index = 1; index <= size; index++) {
      const code = `${prefix}${path}${type}${index}`;
      const location: LocationState = {
        id: randomUUID(),
        code,
        name: `${name} ${code}`,
        type,
        parentId: parent?.id ?? null,
        ancestorIds: parent ? [...parent.ancestorIds, parent.id] : [],
        malePopulation: null,
        femalePopulation: null,
        otherPopulation: null,
        families: null,
        version: 1,
      };
      locations.push(location);
      grow(level + 1, location, `${path}${index}`);
    }
  };
  grow(0, null, '');
  return locations;
}

/** The `location.created.v1` events that announce a tree, in publishing order. */
export function locationCreatedEvents(tree: LocationState[]): CloudEvent<LocationState>[] {
  return tree.map((location) => createEvent(locationCreatedEvent, { subject: location.id, data: location }));
}
