import proxyAddress from 'proxy-addr';

/**
 * The address a login is rate limited by. X-Forwarded-For is read only when the direct peer is a trusted
 * proxy (the gateway; a load balancer in front of it), and from the end while each hop is trusted: the first
 * untrusted address is the client. Entries before it are the client's own words, and from a client that
 * reaches identity directly the whole header is, so it would let it pick a fresh address per attempt.
 */
export function clientAddress(
  forwardedFor: string | string[] | undefined,
  socketAddress: string | undefined,
  isTrusted: (address: string) => boolean,
): string {
  if (!socketAddress) return 'unknown';
  const header = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .join(',');
  const address = proxyAddress(
    { headers: header ? { 'x-forwarded-for': header } : {}, socket: { remoteAddress: socketAddress } } as never,
    (candidate) => isTrusted(candidate),
  );
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}
