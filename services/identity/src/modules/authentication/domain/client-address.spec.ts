import { clientAddress } from './client-address';

describe('client address', () => {
  it('takes the entry appended by the trusted proxy, not what the client wrote before it', () => {
    expect(clientAddress('203.0.113.7', '10.0.0.1', 1)).toBe('203.0.113.7');
    expect(clientAddress('1.2.3.4, 203.0.113.7', '10.0.0.1', 1)).toBe('203.0.113.7');
    expect(clientAddress(['9.9.9.9', '198.51.100.1'], '10.0.0.1', 1)).toBe('198.51.100.1');
  });

  it('behind a load balancer and the gateway, takes the entry the balancer appended', () => {
    // client wrote 1.2.3.4; the balancer appended the client 203.0.113.7; the gateway appended the balancer 10.0.0.9
    expect(clientAddress('1.2.3.4, 203.0.113.7, 10.0.0.9', '10.0.0.1', 2)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.9', '10.0.0.1', 2)).toBe('10.0.0.9');
  });

  it('ignores the header without trusted proxies, or when it is blank', () => {
    expect(clientAddress('203.0.113.7', '10.0.0.1', 0)).toBe('10.0.0.1');
    expect(clientAddress(' ', '10.0.0.1', 1)).toBe('10.0.0.1');
    expect(clientAddress(undefined, undefined, 1)).toBe('unknown');
  });
});
