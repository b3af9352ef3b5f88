import autocannon from 'autocannon';

export interface LoadOptions {
  durationSeconds: number;
  connections: number;
}

export interface Measurement {
  label: string;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
}

/**
 * POSTs the same GraphQL body for a fixed time over a fixed number of connections. Latencies are
 * collected per response (autocannon's own histogram has whole-millisecond precision and no p95).
 */
export async function measure(label: string, url: string, body: string, headers: Record<string, string>, options: LoadOptions): Promise<Measurement> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
        connections: options.connections,
        duration: options.durationSeconds,
      },
      (error: unknown, finished: autocannon.Result) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    label,
    requests: latencies.length,
    requestsPerSecond: latencies.length / options.durationSeconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}
