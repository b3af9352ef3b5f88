import { isTrustedProxiesList, trustedProxies } from './trusted-proxies';

describe('TRUSTED_PROXIES', () => {
  it('accepts IPs, CIDRs and proxy-addr names, empty for none', () => {
    expect(isTrustedProxiesList('loopback, 10.0.0.0/8, 2001:db8::1')).toBe(true);
    expect(isTrustedProxiesList('')).toBe(true);
    expect(trustedProxies('10.0.0.0/8')('10.1.2.3')).toBe(true);
    expect(trustedProxies('')('127.0.0.1')).toBe(false);
  });

  it('refuses host names and the former hop counts', () => {
    expect(isTrustedProxiesList('gateway.local')).toBe(false);
    expect(isTrustedProxiesList('1')).toBe(false);
    expect(isTrustedProxiesList('loopback, 2')).toBe(false);
  });
});
