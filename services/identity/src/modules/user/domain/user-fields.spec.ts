import { checkUserFields } from './user-fields';

const TODAY = '2026-11-24';

describe('user fields', () => {
  it('applies the defaults and drops duplicate ids', () => {
    const result = checkUserFields({ username: 'jane', lastName: 'Doe', otherNames: 'Jane', roleIds: ['r', 'r'], email: '  ' }, TODAY);
    expect(result).toEqual({
      ok: true,
      value: {
        username: 'jane',
        lastName: 'Doe',
        otherNames: 'Jane',
        email: null,
        phone: null,
        language: 'en',
        activeFrom: TODAY,
        activeTo: null,
        roleIds: ['r'],
        districtIds: [],
        healthFacilityId: null,
      },
    });
  });

  it('reports every problem at once', () => {
    const result = checkUserFields({ username: 'a b', lastName: '', otherNames: 'x', language: 'de', email: 'nope', activeFrom: '2026-02-01', activeTo: '2026-01-01' }, TODAY);
    expect(!result.ok && result.errors.map((error) => error.code).sort()).toEqual([
      'ACTIVE_WINDOW_INVALID',
      'FIELD_INVALID',
      'FIELD_INVALID',
      'FIELD_INVALID',
      'USERNAME_INVALID',
    ]);
  });
});
