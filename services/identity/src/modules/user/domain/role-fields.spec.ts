import { checkRoleFields } from './role-fields';

const catalogue = new Set([101001, 101002, 121701]);
const isRight = (code: number) => catalogue.has(code);

describe('role fields', () => {
  it('keeps the rights sorted and distinct, not blocked by default', () => {
    expect(checkRoleFields({ name: ' Auditor ', rights: [121701, 101001, 101001] }, isRight)).toEqual({
      ok: true,
      value: { name: 'Auditor', rights: [101001, 121701], blocked: false, altLanguage: null },
    });
  });

  it('refuses rights outside the catalogue, naming every one', () => {
    const result = checkRoleFields({ name: 'Bad', rights: [101001, 999999, 101000] }, isRight);
    expect(!result.ok && result.errors).toEqual([expect.objectContaining({ code: 'UNKNOWN_RIGHT', field: 'rights', message: expect.stringContaining('101000, 999999') })]);
  });

  it('needs a name of at most 50 characters', () => {
    const result = checkRoleFields({ name: 'x'.repeat(51), rights: [] }, isRight);
    expect(!result.ok && result.errors[0]).toMatchObject({ code: 'FIELD_INVALID', field: 'name' });
  });
});
