/** Ports that are not a service's: the gateway's. */
export const GATEWAY_PORT = 4000;

/**
 * The port of a new service: the one asked for, when no service or the gateway has it, else the port after
 * the highest in use (so services keep the order they were created in).
 */
export function servicePort(taken: readonly number[], wanted?: number): number {
  const used = new Set([GATEWAY_PORT, ...taken]);
  if (wanted === undefined) return Math.max(...used) + 1;
  if (!Number.isInteger(wanted) || wanted < 1024 || wanted > 65535) throw new Error(`--port ${wanted}: a port from 1024 to 65535 expected`);
  if (used.has(wanted)) throw new Error(`Port ${wanted} is taken (the gateway or another service's imis.port)`);
  return wanted;
}
