/**
 * The address a login is rate limited by: behind a trusted proxy (the gateway) the first X-Forwarded-For
 * entry, which the proxy sets; otherwise the socket's peer, since a client could write any header itself.
 */
export function clientAddress(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, trustProxy: boolean): string {
  if (trustProxy && forwardedFor) {
    const header = Array.isArray(forwardedFor) ? forwardedFor[0] : forwardedFor;
    const first = header.split(',')[0]?.trim();
    if (first) return first;
  }
  return socketAddress ?? 'unknown';
}
