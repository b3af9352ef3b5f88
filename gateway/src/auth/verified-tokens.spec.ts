import { VerifiedTokens } from './verified-tokens';

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const tokenExpiringAt = (expMs: number, id = 'a') => `${encode({ alg: 'EdDSA' })}.${encode({ exp: expMs / 1000, jti: id })}.signature`;

describe('VerifiedTokens', () => {
  const now = 1_800_000_000_000;

  it('remembers a verified token for at most a minute', () => {
    const tokens = new VerifiedTokens(10, 60_000);
    const token = tokenExpiringAt(now + 900_000);
    expect(tokens.has(token, now)).toBe(false);
    tokens.add(token, now);
    expect(tokens.has(token, now + 59_999)).toBe(true);
    expect(tokens.has(token, now + 60_000)).toBe(false);
  });

  it('forgets a token when it expires, and does not keep an expired one', () => {
    const tokens = new VerifiedTokens(10, 60_000);
    const soon = tokenExpiringAt(now + 10_000);
    tokens.add(soon, now);
    expect(tokens.has(soon, now + 9_999)).toBe(true);
    expect(tokens.has(soon, now + 10_000)).toBe(false);
    const expired = tokenExpiringAt(now - 1);
    tokens.add(expired, now);
    expect(tokens.has(expired, now)).toBe(false);
  });

  it('drops the oldest token when full', () => {
    const tokens = new VerifiedTokens(2, 60_000);
    const [first, second, third] = ['1', '2', '3'].map((id) => tokenExpiringAt(now + 900_000, id));
    for (const token of [first!, second!, third!]) tokens.add(token, now);
    expect([first, second, third].map((token) => tokens.has(token!, now))).toEqual([false, true, true]);
  });
});
