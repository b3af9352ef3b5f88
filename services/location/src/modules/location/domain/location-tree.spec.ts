import { planDelete, planMove, placeNewLocation, type LocationNode } from './location-tree';
import { locationErrors } from './location.errors';

const region: LocationNode = { id: 'r1', type: 'R', parentId: null, ancestorIds: [] };
const otherRegion: LocationNode = { id: 'r2', type: 'R', parentId: null, ancestorIds: [] };
const district: LocationNode = { id: 'd1', type: 'D', parentId: 'r1', ancestorIds: ['r1'] };
const otherDistrict: LocationNode = { id: 'd2', type: 'D', parentId: 'r2', ancestorIds: ['r2'] };
const ward: LocationNode = { id: 'w1', type: 'W', parentId: 'd1', ancestorIds: ['r1', 'd1'] };

const codeOf = (result: { ok: boolean; errors?: { code: string }[] }) => (result.ok ? 'OK' : result.errors![0].code);

describe('placing a new location', () => {
  it('puts a region at the top and anything else under the level above', () => {
    expect(placeNewLocation('R', null, null)).toEqual({ ok: true, value: { ancestorIds: [] } });
    expect(placeNewLocation('D', 'r1', region)).toEqual({ ok: true, value: { ancestorIds: ['r1'] } });
    expect(placeNewLocation('W', 'd1', district)).toEqual({ ok: true, value: { ancestorIds: ['r1', 'd1'] } });
    expect(placeNewLocation('V', 'w1', ward)).toEqual({ ok: true, value: { ancestorIds: ['r1', 'd1', 'w1'] } });
  });

  it('refuses a parent for a region', () => {
    expect(codeOf(placeNewLocation('R', 'r2', otherRegion))).toBe('LOCATION_REGION_HAS_NO_PARENT');
  });

  it('refuses a missing, unknown or wrong-level parent', () => {
    expect(codeOf(placeNewLocation('D', null, null))).toBe('LOCATION_PARENT_REQUIRED');
    expect(codeOf(placeNewLocation('D', 'nope', null))).toBe('LOCATION_PARENT_NOT_FOUND');
    expect(codeOf(placeNewLocation('V', 'r1', region))).toBe('LOCATION_PARENT_WRONG_LEVEL');
    expect(codeOf(placeNewLocation('W', 'w1', ward))).toBe('LOCATION_PARENT_WRONG_LEVEL');
  });
});

describe('moving a location', () => {
  it('re-parents under a location of the level above and gives the new ancestors', () => {
    expect(planMove(ward, otherDistrict)).toEqual({ ok: true, value: { ancestorIds: ['r2', 'd2'], changed: true } });
  });

  it('changes nothing when the new parent is the current one', () => {
    expect(planMove(ward, district)).toEqual({ ok: true, value: { ancestorIds: ['r1', 'd1'], changed: false } });
  });

  it('refuses to move a region', () => {
    expect(codeOf(planMove(region, otherRegion))).toBe('LOCATION_REGION_HAS_NO_PARENT');
  });

  it('refuses a new parent inside the moved subtree, or itself', () => {
    expect(codeOf(planMove(district, ward))).toBe('LOCATION_MOVE_CYCLE');
    expect(codeOf(planMove(district, district))).toBe('LOCATION_MOVE_CYCLE');
  });

  it('refuses an unknown or wrong-level new parent', () => {
    expect(codeOf(planMove(ward, null))).toBe('LOCATION_PARENT_NOT_FOUND');
    expect(codeOf(planMove(ward, otherRegion))).toBe('LOCATION_PARENT_WRONG_LEVEL');
  });
});

describe('deleting a location', () => {
  const none = { childCount: 0, inUse: [] };

  it('is allowed without children', () => {
    expect(planDelete(ward, none)).toEqual({ ok: true, value: { newParent: null } });
  });

  it('is refused while current children exist and no new parent is given', () => {
    expect(codeOf(planDelete(district, { ...none, childCount: 2 }))).toBe('LOCATION_HAS_CHILDREN');
  });

  it('moves the children to a new parent of the same level', () => {
    expect(planDelete(district, { ...none, childCount: 2, newParent: otherDistrict })).toEqual({
      ok: true,
      value: { newParent: otherDistrict },
    });
  });

  it('refuses an unknown, wrong-level or self new parent', () => {
    expect(codeOf(planDelete(district, { ...none, childCount: 1, newParent: null }))).toBe('LOCATION_PARENT_NOT_FOUND');
    expect(codeOf(planDelete(district, { ...none, childCount: 1, newParent: region }))).toBe('LOCATION_PARENT_WRONG_LEVEL');
    expect(codeOf(planDelete(district, { ...none, childCount: 1, newParent: district }))).toBe('LOCATION_MOVE_CYCLE');
  });

  it('is refused while current health facilities are in the district', () => {
    expect(codeOf(planDelete(district, { ...none, inUse: [locationErrors.hasHealthFacilities(1)] }))).toBe('LOCATION_HAS_HEALTH_FACILITIES');
  });
});
