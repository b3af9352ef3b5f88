import { trustedProxies } from '@imis/observability';
import { clientAddress } from './client-address';

describe('client address', () => {
  const gateway = trustedProxies('10.0.0.1');

  it('behind a trusted proxy, takes the entry it appended, not what the client wrote before it', () => {
    expect(clientAddress('203.0.113.7', '10.0.0.1', gateway)).toBe('203.0.113.7');
    expect(clientAddress('1.2.3.4, 203.0.113.7', '10.0.0.1', gateway)).toBe('203.0.113.7');
    expect(clientAddress(['9.9.9.9', '198.51.100.1'], '::ffff:10.0.0.1', gateway)).toBe('198.51.100.1');
  });

  it('behind a load balancer and the gateway (both trusted), takes the entry the balancer appended', () => {
    const both = trustedProxies('10.0.0.1, 10.0.0.0/24');
    // client wrote 1.2.3.4; the balancer appended the client 203.0.113.7; the gateway appended the balancer 10.0.0.9
    expect(clientAddress('1.2.3.4, 203.0.113.7, 10.0.0.9', '10.0.0.1', both)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.9', '10.0.0.1', both)).toBe('10.0.0.9');
  });

  it('ignores the header from a peer that is not a trusted proxy (a client reaching identity directly)', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.20', gateway)).toBe('198.51.100.20');
    expect(clientAddress('203.0.113.7', '::ffff:127.0.0.1', trustedProxies(''))).toBe('127.0.0.1');
    expect(clientAddress('203.0.113.7', '127.0.0.1', trustedProxies('loopback'))).toBe('203.0.113.7');
  });

  it('falls back to the peer when the header is blank, and to unknown without a peer', () => {
    expect(clientAddress(' , ', '10.0.0.1', gateway)).toBe('10.0.0.1');
    expect(clientAddress(undefined, undefined, gateway)).toBe('unknown');
  });

  it('refuses a list that is not IPs or CIDRs', () => {
    expect(() => trustedProxies('gateway.local')).toThrow();
  });
});
