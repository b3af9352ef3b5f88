import { trustedProxies } from '@imis/observability';
import { forwardedFor } from './gateway-runtime.factory';

describe('forwardedFor', () => {
  const balancer = trustedProxies('10.0.0.5');
  const none = trustedProxies(undefined);

  it('is the client address when the request has no X-Forwarded-For', () => {
    expect(forwardedFor(null, '10.0.0.5', balancer)).toBe('10.0.0.5');
    expect(forwardedFor(null, '::ffff:127.0.0.1', none)).toBe('127.0.0.1');
    expect(forwardedFor(null, '2001:db8::1', none)).toBe('2001:db8::1');
  });

  it('appends the address to the value sent by a trusted proxy', () => {
    expect(forwardedFor('203.0.113.7', '10.0.0.5', balancer)).toBe('203.0.113.7, 10.0.0.5');
    expect(forwardedFor(' 203.0.113.7, 198.51.100.2 ', '::ffff:10.0.0.5', balancer)).toBe('203.0.113.7, 198.51.100.2, 10.0.0.5');
  });

  it('drops the value sent by any other peer: only the address the gateway sees goes on', () => {
    expect(forwardedFor('203.0.113.7', '198.51.100.9', balancer)).toBe('198.51.100.9');
    expect(forwardedFor('203.0.113.7', '127.0.0.1', none)).toBe('127.0.0.1');
  });

  it('sends nothing when the address is unknown', () => {
    expect(forwardedFor('203.0.113.7', undefined, balancer)).toBeNull();
    expect(forwardedFor(null, undefined, none)).toBeNull();
  });
});
