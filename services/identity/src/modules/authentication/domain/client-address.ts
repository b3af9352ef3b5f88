/**
 * The address a login is rate limited by. Each trusted proxy in front of identity (the gateway; a load
 * balancer in front of it) appends the peer it sees to X-Forwarded-For, so with `trustedProxies` = n the
 * client is the n-th entry from the end; entries before it are the client's own words and would let it
 * pick a fresh address per attempt. With no trusted proxy (identity reached directly), the socket's peer.
 */
export function clientAddress(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, trustedProxies: number): string {
  if (trustedProxies > 0 && forwardedFor) {
    const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    const client = entries[Math.max(0, entries.length - trustedProxies)];
    if (client) return client;
  }
  return socketAddress ?? 'unknown';
}
