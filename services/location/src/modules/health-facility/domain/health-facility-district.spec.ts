import { checkDistrict } from './health-facility-district';

describe('health facility district', () => {
  it('must be a current district', () => {
    expect(checkDistrict({ type: 'D' })).toEqual({ ok: true, value: { type: 'D' } });
    for (const location of [null, { type: 'R' as const }, { type: 'W' as const }, { type: 'V' as const }]) {
      expect(checkDistrict(location)).toEqual({
        ok: false,
        errors: [expect.objectContaining({ code: 'HEALTH_FACILITY_DISTRICT_INVALID', field: 'districtId' })],
      });
    }
  });
});
