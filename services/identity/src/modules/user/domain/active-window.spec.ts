import { checkActiveWindow, isActiveOn } from './active-window';

describe('active window', () => {
  it('starts today when no start is given and has no end by default', () => {
    expect(checkActiveWindow(undefined, undefined, '2026-11-24')).toEqual({ ok: true, value: { activeFrom: '2026-11-24', activeTo: null } });
  });

  it('accepts a one-day window and refuses an end before the start', () => {
    expect(checkActiveWindow('2026-01-01', '2026-01-01', '2026-11-24').ok).toBe(true);
    const refused = checkActiveWindow('2026-02-01', '2026-01-31', '2026-11-24');
    expect(!refused.ok && refused.errors.map((error) => error.code)).toEqual(['ACTIVE_WINDOW_INVALID']);
  });

  it('refuses dates that are not calendar dates', () => {
    const refused = checkActiveWindow('2026-02-30', null, '2026-11-24');
    expect(!refused.ok && refused.errors[0]).toMatchObject({ code: 'FIELD_INVALID', field: 'activeFrom' });
  });

  it('tells whether a day is inside the window, both ends included', () => {
    const window = { activeFrom: '2026-01-01', activeTo: '2026-01-31' };
    expect(isActiveOn(window, '2025-12-31')).toBe(false);
    expect(isActiveOn(window, '2026-01-01')).toBe(true);
    expect(isActiveOn(window, '2026-01-31')).toBe(true);
    expect(isActiveOn(window, '2026-02-01')).toBe(false);
    expect(isActiveOn({ activeFrom: '2026-01-01', activeTo: null }, '2099-01-01')).toBe(true);
  });
});
