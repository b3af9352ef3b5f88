import { base64DecodedLength, collect, decodeBase64, isCalendarDate, ok, refused, storableText, today, trimmedOrNull, unstorableText } from './index';

describe('kernel', () => {
  it('decodes base64 sent with line breaks, refuses what is not base64, and sizes it without decoding', () => {
    expect(decodeBase64('aGVs\nbG8=')?.toString()).toBe('hello');
    expect(decodeBase64('!!not base64!!')).toBeNull();
    expect(decodeBase64('aGVsb')).toBeNull();
    expect(decodeBase64('')?.length).toBe(0);
    expect(base64DecodedLength('aGVs bG8=')).toBe(5);
  });

  it('gives today as the UTC calendar date', () => {
    expect(today(new Date('2026-11-24T23:30:00-05:00'))).toBe('2026-11-25');
    expect(isCalendarDate(today())).toBe(true);
  });

  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-2-01')).toBe(false);
  });

  it('collects every error or builds the value', () => {
    const error = { code: 'X', message: 'x' };
    expect(collect([], () => 1)).toEqual(ok(1));
    expect(collect([error, error], () => 1)).toEqual(refused(error, error));
  });

  it('stores blank texts as absent', () => {
    expect(trimmedOrNull('  a ')).toBe('a');
    expect(trimmedOrNull('   ')).toBeNull();
    expect(trimmedOrNull(undefined)).toBeNull();
  });

  it('tells texts PostgreSQL cannot store: NUL anywhere, a surrogate without its pair', () => {
    expect(unstorableText('Ngoué 🌍 عربى')).toBeNull();
    expect(unstorableText('')).toBeNull();
    expect(unstorableText('a\u0000b')).toBe('NUL_CHARACTER');
    expect(unstorableText('a\ud83d')).toBe('LONE_SURROGATE');
    expect(unstorableText('\ude00a')).toBe('LONE_SURROGATE');
    expect(unstorableText('\ud83d\ude00')).toBeNull();
  });

  it('makes any text storable: NUL taken out, half a surrogate pair replaced', () => {
    expect(storableText('Ngoué 🌍')).toBe('Ngoué 🌍');
    expect(storableText('a\u0000b\u0000')).toBe('ab');
    expect(storableText('cut \ud83d')).toBe('cut \ufffd');
    expect(unstorableText(storableText('\ude00a\u0000'))).toBeNull();
  });
});
