import { forwardedFor } from './gateway-runtime.factory';

describe('forwardedFor', () => {
  it('is the client address when the request has no X-Forwarded-For', () => {
    expect(forwardedFor(null, '10.0.0.5')).toBe('10.0.0.5');
    expect(forwardedFor(null, '::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(forwardedFor(null, '2001:db8::1')).toBe('2001:db8::1');
  });

  it('appends the client address to an existing value', () => {
    expect(forwardedFor('203.0.113.7', '10.0.0.5')).toBe('203.0.113.7, 10.0.0.5');
    expect(forwardedFor(' 203.0.113.7, 198.51.100.2 ', '10.0.0.5')).toBe('203.0.113.7, 198.51.100.2, 10.0.0.5');
  });

  it('keeps the existing value when the address is unknown', () => {
    expect(forwardedFor('203.0.113.7', undefined)).toBe('203.0.113.7');
    expect(forwardedFor(null, undefined)).toBeNull();
  });
});
