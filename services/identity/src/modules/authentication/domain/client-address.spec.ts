import { clientAddress } from './client-address';

describe('client address', () => {
  it('takes the entry appended by the trusted proxy, not what the client wrote before it', () => {
    expect(clientAddress('203.0.113.7', '10.0.0.1', true)).toBe('203.0.113.7');
    expect(clientAddress('1.2.3.4, 203.0.113.7', '10.0.0.1', true)).toBe('203.0.113.7');
    expect(clientAddress(['9.9.9.9', '198.51.100.1'], '10.0.0.1', true)).toBe('198.51.100.1');
  });

  it('ignores the header when the proxy is not trusted, or when it is blank', () => {
    expect(clientAddress('203.0.113.7', '10.0.0.1', false)).toBe('10.0.0.1');
    expect(clientAddress(' ', '10.0.0.1', true)).toBe('10.0.0.1');
    expect(clientAddress(undefined, undefined, true)).toBe('unknown');
  });
});
