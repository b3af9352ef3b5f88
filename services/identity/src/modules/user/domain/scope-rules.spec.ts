import type { ScopeFilter } from '@imis/auth';
import { locationsHeld, mayManageStaffMember, mayManageUser, mayTouch, outsideScope, type HeldLocations } from './scope-rules';

// The caller administers district A, expanded to its ward and villages; B and its village VB are elsewhere.
const districtA: ScopeFilter = { everywhere: false, locationIds: ['A', 'WA', 'VA1', 'VA2'] };
const everywhere: ScopeFilter = { everywhere: true };
const nothing = { districtIds: [], facilityDistrictId: null, officerVillageIds: [], claimAdminDistrictIds: [] };
const holding = (held: Partial<HeldLocations>): HeldLocations => ({ ...nothing, ...held });

describe('scope rules', () => {
  it('collects every location a user holds once', () => {
    expect(locationsHeld(holding({ districtIds: ['A', 'B'], facilityDistrictId: 'A', officerVillageIds: ['VA1'], claimAdminDistrictIds: ['B'] }))).toEqual([
      'A',
      'B',
      'VA1',
    ]);
  });

  it('lists the locations outside the scope, in order, and none for an administrator', () => {
    expect(outsideScope(districtA, ['VB', 'A', 'B'])).toEqual(['VB', 'B']);
    expect(outsideScope(everywhere, ['VB', 'B'])).toEqual([]);
  });

  it('lets a caller touch a record only when it is placed somewhere and only inside the scope', () => {
    expect(mayTouch(districtA, ['A', 'VA2'])).toBe(true);
    expect(mayTouch(districtA, ['A', 'B'])).toBe(false);
    expect(mayTouch(districtA, [])).toBe(false);
    expect(mayTouch(everywhere, [])).toBe(true);
  });

  it('refuses a user who holds the caller district and another one (the takeover)', () => {
    expect(mayManageUser(districtA, holding({ districtIds: ['A'] }))).toBe(true);
    expect(mayManageUser(districtA, holding({ districtIds: ['A', 'B'] }))).toBe(false);
  });

  it('counts the own facility, the linked officers villages and the linked claim administrators districts', () => {
    expect(mayManageUser(districtA, holding({ districtIds: ['A'], facilityDistrictId: 'B' }))).toBe(false);
    expect(mayManageUser(districtA, holding({ districtIds: ['A'], officerVillageIds: ['VA1', 'VB'] }))).toBe(false);
    expect(mayManageUser(districtA, holding({ districtIds: ['A'], claimAdminDistrictIds: ['B'] }))).toBe(false);
    expect(mayManageUser(districtA, holding({ officerVillageIds: ['VA1'], claimAdminDistrictIds: ['A'] }))).toBe(true);
  });

  it('refuses a user placed nowhere to anyone but an administrator', () => {
    expect(mayManageUser(districtA, holding({}))).toBe(false);
    expect(mayManageUser(everywhere, holding({ districtIds: ['B'] }))).toBe(true);
  });

  it('lets a caller manage a staff member inside its scope whose linked user is inside it too', () => {
    expect(mayManageStaffMember(districtA, ['VA1'], null)).toBe(true);
    expect(mayManageStaffMember(districtA, ['VA1'], holding({ districtIds: ['A'] }))).toBe(true);
    expect(mayManageStaffMember(districtA, ['VA1', 'VB'], null)).toBe(false);
    expect(mayManageStaffMember(districtA, ['VA1'], holding({ districtIds: ['A', 'B'] }))).toBe(false);
    expect(mayManageStaffMember(everywhere, ['VB'], holding({ districtIds: ['B'] }))).toBe(true);
  });
});
