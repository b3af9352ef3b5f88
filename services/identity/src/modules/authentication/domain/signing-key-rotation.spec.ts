import { KEY_PUBLICATION_SECONDS, retirement, signingKey, SIGNER_REFRESH_SECONDS, type PublishedKey } from './signing-key-rotation';

const at = (iso: string) => new Date(iso);
const key = (kid: string, createdAt: string): PublishedKey => ({ kid, createdAt: at(createdAt) });
const timing = { tokenTtlSeconds: 900, clockToleranceSeconds: 5 };

describe('signingKey', () => {
  const first = key('first', '2026-01-01T00:00:00Z');
  const rotated = key('rotated', '2026-03-01T12:00:00Z');

  it('is the only key, however new (the first key signs at once)', () => {
    expect(signingKey([first], at('2026-01-01T00:00:01Z'))).toBe(first);
    expect(signingKey([], at('2026-01-01T00:00:01Z'))).toBeNull();
  });

  it('stays the older key until the new one has been published long enough', () => {
    const justBefore = new Date(rotated.createdAt.getTime() + KEY_PUBLICATION_SECONDS * 1000 - 1);
    expect(signingKey([first, rotated], justBefore)).toBe(first);
    expect(signingKey([rotated, first], new Date(justBefore.getTime() + 1))).toBe(rotated);
  });
});

describe('retirement', () => {
  const oldest = key('oldest', '2026-01-01T00:00:00Z');
  const old = key('old', '2026-02-01T00:00:00Z');
  const current = key('current', '2026-03-01T12:00:00Z');

  it('retires nothing while only one key is published', () => {
    expect(retirement([current], at('2026-06-01T00:00:00Z'), timing)).toEqual({ signing: current, superseded: [], safeAt: null });
  });

  it('supersedes every key older than the signing one, safe once its tokens have expired on every instance', () => {
    const outcome = retirement([oldest, current, old], at('2026-03-01T12:00:30Z'), timing);
    // Thirty seconds after the rotation the new key is not published long enough: the previous one signs.
    expect(outcome.signing).toBe(old);
    expect(outcome.superseded).toEqual([oldest]);

    const later = retirement([oldest, current, old], at('2026-03-01T13:00:00Z'), timing);
    expect(later.signing).toBe(current);
    expect(later.superseded).toEqual([old, oldest]);
    const seconds = KEY_PUBLICATION_SECONDS + SIGNER_REFRESH_SECONDS + 900 + 5;
    expect(later.safeAt).toEqual(new Date(current.createdAt.getTime() + seconds * 1000));
  });

  it('keeps a key newer than the signing one: it is waiting to sign', () => {
    const fresh = key('fresh', '2026-03-02T00:00:00Z');
    const outcome = retirement([current, fresh], at('2026-03-02T00:00:10Z'), timing);
    expect(outcome.signing).toBe(current);
    expect(outcome.superseded).toEqual([]);
  });
});
