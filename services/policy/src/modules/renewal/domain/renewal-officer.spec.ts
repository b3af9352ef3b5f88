import { renewalOfficer, type RenewalOfficer, worksOn } from './renewal-officer';

const officer = (id: string, substitutionOfficerId: string | null, worksTo: string | null): RenewalOfficer => ({ id, substitutionOfficerId, worksTo });
const officersOf = (...list: RenewalOfficer[]) => new Map(list.map((o) => [o.id, o]));
const RENEWAL = '2025-07-01';

describe('renewal officer: the officer substitution chain', () => {
  it('keeps the policy officer whose contract covers the renewal date, its last day on it included', () => {
    expect(renewalOfficer('a', officersOf(officer('a', 'b', null), officer('b', null, null)), RENEWAL)).toEqual({ officerId: 'a', contractEnds: false });
    expect(renewalOfficer('a', officersOf(officer('a', 'b', RENEWAL), officer('b', null, null)), RENEWAL)).toEqual({ officerId: 'a', contractEnds: false });
    expect(worksOn({ worksTo: '2025-06-30' }, RENEWAL)).toBe(false);
  });

  it('moves along the chain past officers whose contract ends before the renewal date, and stops at the first who works on it', () => {
    const officers = officersOf(officer('a', 'b', '2025-06-30'), officer('b', 'c', '2025-01-01'), officer('c', 'd', '2025-12-31'), officer('d', null, null));
    expect(renewalOfficer('a', officers, RENEWAL)).toEqual({ officerId: 'c', contractEnds: false });
  });

  it('ends at the last officer of the chain, warning that its contract ends before the renewal date', () => {
    expect(renewalOfficer('a', officersOf(officer('a', 'b', '2025-06-30'), officer('b', null, '2025-06-30')), RENEWAL)).toEqual({ officerId: 'b', contractEnds: true });
    expect(renewalOfficer('a', officersOf(officer('a', null, '2025-06-30')), RENEWAL)).toEqual({ officerId: 'a', contractEnds: true });
  });

  it('stops on a loop, and at a substitute no longer current (deleted: not among the officers)', () => {
    const loop = officersOf(officer('a', 'b', '2025-01-01'), officer('b', 'c', '2025-01-01'), officer('c', 'a', '2025-01-01'));
    expect(renewalOfficer('a', loop, RENEWAL)).toEqual({ officerId: 'c', contractEnds: true });
    expect(renewalOfficer('a', officersOf(officer('a', 'a', '2025-01-01')), RENEWAL)).toEqual({ officerId: 'a', contractEnds: true });
    expect(renewalOfficer('a', officersOf(officer('a', 'gone', '2025-01-01')), RENEWAL)).toEqual({ officerId: 'a', contractEnds: true });
  });

  it('has no officer when the policy has none, or one no longer current', () => {
    expect(renewalOfficer(null, officersOf(officer('a', null, null)), RENEWAL)).toBeNull();
    expect(renewalOfficer('gone', officersOf(officer('a', null, null)), RENEWAL)).toBeNull();
  });
});
