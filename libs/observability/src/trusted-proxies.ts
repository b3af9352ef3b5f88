import proxyAddress from 'proxy-addr';

/**
 * `TRUSTED_PROXIES`: comma-separated IP addresses or CIDRs (and proxy-addr's `loopback`, `linklocal`,
 * `uniquelocal`), the peers whose X-Forwarded-For is believed. Throws on an entry that is neither.
 */
export function trustedProxies(value: string | undefined): (address: string) => boolean {
  const list = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const trusted = proxyAddress.compile(list);
  return (address) => trusted(address, 0);
}

/**
 * True when `value` is a valid `TRUSTED_PROXIES` list (for an environment schema's refine). A bare number
 * (the former hop count: `1`, `2`) is refused, though ipaddr.js would take it for an IPv4 address.
 */
export function isTrustedProxiesList(value: string | undefined): boolean {
  if ((value ?? '').split(',').some((entry) => /^\s*\d+\s*$/.test(entry))) return false;
  try {
    trustedProxies(value);
    return true;
  } catch {
    return false;
  }
}
