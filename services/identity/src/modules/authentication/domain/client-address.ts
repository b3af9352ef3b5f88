/**
 * The address a login is rate limited by. Behind the trusted proxy (the gateway) it is the last
 * X-Forwarded-For entry: the gateway appends the peer it sees to whatever the client sent, so earlier
 * entries are the client's own words and would let it pick a fresh address per attempt. Without a
 * trusted proxy, the socket's peer.
 */
export function clientAddress(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, trustProxy: boolean): string {
  if (trustProxy && forwardedFor) {
    const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',');
    const last = entries[entries.length - 1]?.trim();
    if (last) return last;
  }
  return socketAddress ?? 'unknown';
}
