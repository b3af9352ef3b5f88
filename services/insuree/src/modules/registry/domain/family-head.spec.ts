import { deleteMembers, type FamilyMembership, familyHeadSource, moveMember, removeMembers, setHead } from './family-head';

const family: FamilyMembership = { familyId: 'f1', headId: 'h', memberIds: ['h', 'a', 'b'] };
const other: FamilyMembership = { familyId: 'f2', headId: 'x', memberIds: ['x'] };

const codes = (result: { ok: boolean; errors?: { code: string; field?: string }[] }) =>
  result.ok ? [] : result.errors!.map((error) => `${error.code}:${error.field ?? ''}`);

describe('family head', () => {
  it('needs exactly one head source for a new family', () => {
    expect(familyHeadSource({ hasNewHeadInsuree: true })).toEqual({ ok: true, value: { kind: 'new' } });
    expect(familyHeadSource({ headInsureeId: ' i1 ', hasNewHeadInsuree: false })).toEqual({
      ok: true,
      value: { kind: 'existing', insureeId: 'i1' },
    });
    expect(codes(familyHeadSource({ headInsureeId: ' ', hasNewHeadInsuree: false }))).toEqual(['FAMILY_HEAD_REQUIRED:headInsuree']);
    expect(codes(familyHeadSource({ headInsureeId: 'i1', hasNewHeadInsuree: true }))).toEqual(['FAMILY_HEAD_AMBIGUOUS:headInsureeId']);
  });

  it('makes a member the head', () => {
    expect(setHead(family, 'a')).toEqual({ ok: true, value: { ...family, headId: 'a' } });
    expect(codes(setHead(family, 'h'))).toEqual(['FAMILY_ALREADY_HEAD:insureeId']);
    expect(codes(setHead(family, 'x'))).toEqual(['FAMILY_HEAD_NOT_MEMBER:insureeId']);
  });

  it('removes members but never the head', () => {
    expect(removeMembers(family, ['a', 'a'])).toEqual({ ok: true, value: { ...family, memberIds: ['h', 'b'] } });
    expect(codes(removeMembers(family, ['h', 'a', 'z']))).toEqual([
      'FAMILY_HEAD_CANNOT_BE_REMOVED:insureeIds',
      'INSUREE_NOT_IN_FAMILY:insureeIds',
    ]);
  });

  it('deletes members but never the head', () => {
    expect(deleteMembers(family, ['a', 'b'])).toEqual({ ok: true, value: { ...family, memberIds: ['h'] } });
    expect(codes(deleteMembers(family, ['h']))).toEqual(['FAMILY_HEAD_CANNOT_BE_DELETED:insureeIds']);
    expect(codes(deleteMembers(family, ['x']))).toEqual(['INSUREE_NOT_IN_FAMILY:insureeIds']);
  });

  it('moves a member to another family', () => {
    expect(moveMember(family, other, 'b')).toEqual({
      ok: true,
      value: { from: { ...family, memberIds: ['h', 'a'] }, to: { ...other, memberIds: ['x', 'b'] } },
    });
    expect(moveMember(null, other, 'n')).toEqual({ ok: true, value: { from: null, to: { ...other, memberIds: ['x', 'n'] } } });
  });

  it('refuses to move the head, a stranger, or into the same family', () => {
    expect(codes(moveMember(family, other, 'h'))).toEqual(['FAMILY_HEAD_CANNOT_BE_REMOVED:insureeId']);
    expect(codes(moveMember(family, other, 'z'))).toEqual(['INSUREE_NOT_IN_FAMILY:insureeId']);
    expect(codes(moveMember(family, family, 'a'))).toEqual(['INSUREE_ALREADY_IN_FAMILY:familyId']);
    expect(codes(moveMember(null, family, 'a'))).toEqual(['INSUREE_ALREADY_IN_FAMILY:familyId']);
  });
});
