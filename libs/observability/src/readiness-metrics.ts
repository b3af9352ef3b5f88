import { Gauge } from 'prom-client';
import { metricsRegistry } from './metrics';
import type { ReadinessCheck } from './readiness.registry';
import { scrapeSample } from './scrape-sample';

/** The same wait as `/health/ready`: a dependency slower than this counts as down. */
export const CHECK_TIMEOUT_MS = 2_000;
/** One round of checks serves the scrapes of this long (several Prometheus replicas cost one round). */
const SAMPLE_MS = 5_000;

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs every check within the timeout; never rejects. */
export async function runChecks(checks: readonly ReadinessCheck[]): Promise<{ name: string; error?: string }[]> {
  return Promise.all(
    checks.map(async ({ name, check }) => {
      try {
        await withTimeout(check(), CHECK_TIMEOUT_MS);
        return { name };
      } catch (error) {
        return { name, error: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
}

const sources = new Set<() => Promise<{ name: string; error?: string }[]>>();

function ensureGauge(): void {
  if (metricsRegistry.getSingleMetric('imis_readiness_check_up')) return;
  new Gauge({
    name: 'imis_readiness_check_up',
    help: `1 when a readiness check of /health/ready passes (database, nats, redis, subgraph:<name>), 0 when it fails; run on scrape, at most every ${SAMPLE_MS / 1000} s`,
    labelNames: ['check'],
    registers: [metricsRegistry],
    async collect() {
      const rounds = await Promise.all([...sources].map((sample) => sample()));
      this.reset();
      for (const { name, error } of rounds.flat()) this.set({ check: name }, error === undefined ? 1 : 0);
    },
  });
}

/** Reports the outcome of a process's readiness checks as `imis_readiness_check_up{check}`; returns what stops it. */
export function watchReadiness(checks: () => readonly ReadinessCheck[]): () => void {
  ensureGauge();
  const sample = scrapeSample(() => runChecks(checks()), SAMPLE_MS);
  sources.add(sample);
  return () => void sources.delete(sample);
}
