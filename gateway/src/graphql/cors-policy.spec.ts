import { corsOrigins, corsPolicy } from './cors-policy';

const from = (origin?: string) => new Request('http://gateway/graphql', { headers: origin ? { origin } : {} });

describe('corsOrigins', () => {
  it('reads a comma-separated list, trimmed, without trailing slashes; empty by default', () => {
    expect(corsOrigins(' https://a.example.org/, http://localhost:3000 ,')).toEqual(['https://a.example.org', 'http://localhost:3000']);
    expect(corsOrigins(undefined)).toEqual([]);
    expect(corsOrigins('')).toEqual([]);
  });
});

describe('corsPolicy', () => {
  const policy = corsPolicy(['https://a.example.org', 'https://b.example.org']);

  it('allows a listed origin alone, with credentials and the correlation id exposed', () => {
    expect(policy(from('https://b.example.org'))).toEqual({
      origin: ['https://b.example.org'],
      credentials: true,
      exposedHeaders: ['x-correlation-id'],
    });
  });

  it('gives no CORS answer to an unlisted origin, a request without one, or with an empty list', () => {
    expect(policy(from('https://evil.example.com'))).toBe(false);
    expect(policy(from())).toBe(false);
    expect(corsPolicy([])(from('https://a.example.org'))).toBe(false);
  });
});
