import { Agent, request } from 'http';

export interface InterleavedMeasurement {
  pairs: number;
  direct: { p50: number; p95: number; p99: number };
  gateway: { p50: number; p95: number; p99: number };
  /** Per pair: gateway latency minus the direct latency measured right next to it. */
  difference: { p50: number; p95: number };
}

/**
 * One request at a time, alternating direct and through the gateway (the order flips every pair), so both
 * see the same machine at the same moment: on a shared 2-core machine, runs seconds apart differ by more
 * than the gateway's own cost. Latencies in milliseconds, over keep-alive connections.
 */
export async function measureInterleaved(
  directUrl: string,
  gatewayUrl: string,
  body: string,
  headers: Record<string, string>,
  pairs: number,
): Promise<InterleavedMeasurement> {
  const agent = new Agent({ keepAlive: true, maxSockets: 2 });
  const direct: number[] = [];
  const gateway: number[] = [];
  const difference: number[] = [];
  try {
    for (let pair = 0; pair < pairs; pair++) {
      const first = pair % 2 === 0;
      const a = await timed(first ? directUrl : gatewayUrl, body, headers, agent);
      const b = await timed(first ? gatewayUrl : directUrl, body, headers, agent);
      const [d, g] = first ? [a, b] : [b, a];
      direct.push(d);
      gateway.push(g);
      difference.push(g - d);
    }
  } finally {
    agent.destroy();
  }
  return { pairs, direct: spread(direct), gateway: spread(gateway), difference: { p50: percentile(difference, 0.5), p95: percentile(difference, 0.95) } };
}

function timed(url: string, body: string, headers: Record<string, string>, agent: Agent): Promise<number> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (response) => {
        response.on('data', () => undefined);
        response.on('end', () => {
          if (response.statusCode !== 200) reject(new Error(`${url} answered HTTP ${response.statusCode}`));
          else resolve(Number(process.hrtime.bigint() - started) / 1e6);
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function spread(values: number[]): { p50: number; p95: number; p99: number } {
  return { p50: percentile(values, 0.5), p95: percentile(values, 0.95), p99: percentile(values, 0.99) };
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}
