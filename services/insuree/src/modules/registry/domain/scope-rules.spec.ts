import { familyChangeRefusal, insureeChangeRefusal, insureeInScope } from './scope-rules';

const scope = { everywhere: false, locationIds: ['V1'] } as const;
const insuree = (familyVillageId: string | null, currentVillageId: string | null, familyId: string | null = familyVillageId && 'F') => ({
  familyId,
  familyVillageId,
  currentVillageId,
});

describe('registry scope rules', () => {
  it('answers a family outside the scope as an unknown one', () => {
    expect(familyChangeRefusal({ villageId: 'V1' }, scope)).toBeNull();
    expect(familyChangeRefusal({ villageId: 'V2' }, scope, 'familyId')).toEqual(familyChangeRefusal(null, scope, 'familyId'));
    expect(familyChangeRefusal(null, scope)).toMatchObject({ code: 'FAMILY_NOT_FOUND', field: 'id' });
  });

  it('answers an insuree the caller does not see as an unknown one', () => {
    expect(insureeInScope(insuree('V2', null), scope)).toBe(false);
    expect(insureeChangeRefusal(insuree('V2', 'V3'), scope, 'insureeIds')).toEqual(insureeChangeRefusal(null, scope, 'insureeIds'));
    expect(insureeChangeRefusal(null, scope)).toMatchObject({ code: 'INSUREE_NOT_FOUND', field: 'id' });
  });

  it("changes a member only within its family's scope, an insuree without a family within its own village's", () => {
    expect(insureeChangeRefusal(insuree('V1', 'V2'), scope)).toBeNull();
    expect(insureeInScope(insuree('V2', 'V1'), scope)).toBe(true);
    expect(insureeChangeRefusal(insuree('V2', 'V1'), scope)).toMatchObject({ code: 'FAMILY_NOT_FOUND', field: 'id' });
    expect(insureeChangeRefusal(insuree(null, 'V1'), scope)).toBeNull();
    expect(insureeChangeRefusal(insuree('V2', 'V1'), { everywhere: true })).toBeNull();
  });
});
