import type { AccessClaims } from './access-claims';
import { VerifiedTokens } from './verified-tokens';

const claims = (username: string): AccessClaims => ({
  sub: '0190e0c0-0000-7000-8000-000000000001',
  username,
  admin: false,
  rights: [101001],
  scope: { everywhere: false, districtIds: [], villageIds: [] },
});

describe('VerifiedTokens', () => {
  const now = 1_800_000_000_000;

  it('remembers a verified token and its claims for at most rememberMs', () => {
    const tokens = new VerifiedTokens(60_000, 10);
    expect(tokens.claimsOf('a', now)).toBeUndefined();
    tokens.add('a', claims('ann'), now + 900_000, now);
    expect(tokens.claimsOf('a', now + 59_999)).toEqual(claims('ann'));
    expect(tokens.claimsOf('a', now + 60_000)).toBeUndefined();
  });

  it('forgets a token when it expires, and does not keep an expired one', () => {
    const tokens = new VerifiedTokens(60_000, 10);
    tokens.add('soon', claims('ann'), now + 10_000, now);
    expect(tokens.claimsOf('soon', now + 9_999)).toBeDefined();
    expect(tokens.claimsOf('soon', now + 10_000)).toBeUndefined();
    tokens.add('expired', claims('bob'), now - 1, now);
    expect(tokens.claimsOf('expired', now)).toBeUndefined();
  });

  it('drops the oldest token when full', () => {
    const tokens = new VerifiedTokens(60_000, 2);
    for (const token of ['1', '2', '3']) tokens.add(token, claims(token), now + 900_000, now);
    expect(['1', '2', '3'].map((token) => tokens.claimsOf(token, now)?.username)).toEqual([undefined, '2', '3']);
  });

  it('remembers nothing when rememberMs is 0', () => {
    const tokens = new VerifiedTokens(0, 10);
    tokens.add('a', claims('ann'), now + 900_000, now);
    expect(tokens.claimsOf('a', now)).toBeUndefined();
  });
});
