import { RIGHT_CATALOGUE, isRightCode, rightRange } from './right-catalogue';
import { Right } from './right';
import { rightsPassed } from './rights-passed';
import { IMIS_ADMINISTRATOR_BIT, SYSTEM_ROLES } from './system-roles';

describe('rights catalogue', () => {
  it('lists each six-digit code once, in order, without group headers', () => {
    const codes = RIGHT_CATALOGUE.map((right) => right.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort((a, b) => a - b)).toEqual(codes);
    expect(codes.every((code) => code >= 100000 && code <= 999999)).toBe(true);
    expect(isRightCode(101000)).toBe(false);
    expect(isRightCode(121900)).toBe(false);
  });

  it('names only catalogued codes', () => {
    expect(Object.values(Right).filter((code) => !isRightCode(code))).toEqual([]);
  });

  it('lists every right an administrator passes, and only its roles’ rights for anyone else', () => {
    const passed = rightsPassed(true, [Right.FamilySearch]);
    expect(passed).toEqual(RIGHT_CATALOGUE.map((right) => right.code));
    expect(Object.values(Right).filter((code) => !passed.includes(code))).toEqual([]);
    expect(rightsPassed(false, [Right.LocationAdd, Right.FamilySearch, Right.LocationAdd])).toEqual([Right.FamilySearch, Right.LocationAdd]);
  });

  it('expands ranges to the codes that exist (111003 does not)', () => {
    expect(rightRange(111001, 111005)).toEqual([111001, 111002, 111004, 111005]);
  });
});

describe('system roles', () => {
  it('are the 12 openIMIS roles with distinct bits', () => {
    expect(SYSTEM_ROLES).toHaveLength(12);
    expect(new Set(SYSTEM_ROLES.map((role) => role.bit)).size).toBe(12);
    expect(SYSTEM_ROLES.every((role) => role.rights.every(isRightCode))).toBe(true);
  });

  it('seed the IMIS Administrator with users, locations and roles administration', () => {
    const administrator = SYSTEM_ROLES.find((role) => role.bit === IMIS_ADMINISTRATOR_BIT)!;
    expect(administrator.name).toBe('IMIS Administrator');
    expect(administrator.rights).toEqual(expect.arrayContaining([121701, 121901, 121906, 122001, 122006]));
  });

  it('give the enrolment officer family, insuree, policy and contribution rights but no administration', () => {
    const officer = SYSTEM_ROLES.find((role) => role.bit === 1)!;
    expect(officer.rights).toEqual(expect.arrayContaining([101001, 101104, 101205, 101304, 111001, 111009]));
    expect(officer.rights).not.toContain(121701);
  });
});
