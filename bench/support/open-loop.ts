import { Agent, request } from 'http';

export interface OpenLoopResult {
  /** Latencies in ms, each from the moment its request was due (not sent), sorted. */
  latencies: number[];
  failures: number;
  /** Requests that could not be sent on time because every connection was busy. */
  late: number;
}

/**
 * A constant-rate (open-loop) load: one request every 1000/rate ms, evenly spaced, over up to `maxConnections`
 * kept-alive connections, whatever the answers take. Each latency is measured from the moment the request was
 * due, so a slow server cannot hide its queueing by slowing the sender (no coordinated omission). autocannon's
 * `overallRate` sends each second's quota at once at the start of the second: a burst, not a rate.
 */
export async function openLoop(
  url: string,
  headers: Record<string, string>,
  body: () => string,
  options: { rate: number; durationSeconds: number; maxConnections?: number },
): Promise<OpenLoopResult> {
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.maxConnections ?? 64 });
  const interval = 1000 / options.rate;
  const total = Math.round(options.rate * options.durationSeconds);
  const latencies: number[] = [];
  let failures = 0;
  let late = 0;
  let inFlight = 0;
  const start = performance.now();
  const sends: Promise<void>[] = [];

  const send = (due: number) =>
    new Promise<void>((done) => {
      const payload = body();
      inFlight += 1;
      const finish = (ok: boolean) => {
        inFlight -= 1;
        if (ok) latencies.push(performance.now() - due);
        else failures += 1;
        done();
      };
      const outgoing = request(
        { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers } },
        (response) => {
          response.resume();
          response.on('end', () => finish(response.statusCode === 200));
          response.on('error', () => finish(false));
        },
      );
      outgoing.on('error', () => finish(false));
      outgoing.end(payload);
    });

  for (let index = 0; index < total; index += 1) {
    const due = start + index * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    if (inFlight >= (options.maxConnections ?? 64)) late += 1;
    sends.push(send(due));
  }
  await Promise.all(sends);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { latencies, failures, late };
}

/** The value at a fraction of sorted values (NaN when empty). */
export function percentile(sorted: readonly number[], fraction: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}
