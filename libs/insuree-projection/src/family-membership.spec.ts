import { familiesOf, membershipChanges, type MembershipRow } from './family-membership';

const row = (id: string, familyId: string | null, deleted = false): MembershipRow => ({ id, familyId, deleted });

describe('membershipChanges', () => {
  it('reads a new insuree in a family as joining it, and one without a family as no change', () => {
    expect(membershipChanges([], [row('a', 'F'), row('b', null)])).toEqual([{ insureeId: 'a', fromFamilyId: null, toFamilyId: 'F' }]);
  });

  it('reads a move as leaving one family and joining another, and a change of details as nothing', () => {
    expect(membershipChanges([row('a', 'F'), row('b', 'F')], [row('a', 'G'), row('b', 'F')])).toEqual([{ insureeId: 'a', fromFamilyId: 'F', toFamilyId: 'G' }]);
  });

  it('reads a deletion as leaving, and a member written again after its deletion as joining', () => {
    expect(membershipChanges([row('a', 'F')], [row('a', 'F', true)])).toEqual([{ insureeId: 'a', fromFamilyId: 'F', toFamilyId: null }]);
    expect(membershipChanges([row('a', 'F', true)], [row('a', 'F')])).toEqual([{ insureeId: 'a', fromFamilyId: null, toFamilyId: 'F' }]);
  });

  it('changes nothing for rows the write did not apply (older events)', () => {
    expect(membershipChanges([row('a', 'F')], [])).toEqual([]);
  });
});

describe('familiesOf', () => {
  it('lists each family once, in id order', () => {
    const changes = [
      { insureeId: 'a', fromFamilyId: 'G', toFamilyId: 'F' },
      { insureeId: 'b', fromFamilyId: null, toFamilyId: 'G' },
    ];
    expect(familiesOf(changes)).toEqual(['F', 'G']);
  });
});
