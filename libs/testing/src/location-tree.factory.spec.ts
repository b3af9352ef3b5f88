import { locationCreatedEvent, parseEvent } from '@imis/contracts';
import { locationCreatedEvents, locationTree } from './location-tree.factory';

describe('locationTree', () => {
  it('builds R → D → W → V with parents before children and consistent ancestors', () => {
    const tree = locationTree({ regions: 2, districtsPerRegion: 2, wardsPerDistrict: 1, villagesPerWard: 3 });
    expect(tree.filter((location) => location.type === 'V')).toHaveLength(12);
    const byId = new Map(tree.map((location) => [location.id, location]));
    tree.forEach((location, index) => {
      const parent = location.parentId ? byId.get(location.parentId) : undefined;
      expect(parent ? tree.indexOf(parent) : -1).toBeLessThan(index);
      expect(location.ancestorIds).toEqual(parent ? [...parent.ancestorIds, parent.id] : []);
    });
    expect(new Set(tree.map((location) => location.code)).size).toBe(tree.length);
    expect(Math.max(...tree.map((location) => location.code.length))).toBeLessThanOrEqual(8);
  });

  it('announces the tree with valid location.created events', () => {
    const events = locationCreatedEvents(locationTree());
    expect(events.map((event) => parseEvent(locationCreatedEvent, event).data.type)).toEqual(['R', 'D', 'W', 'V']);
  });
});
