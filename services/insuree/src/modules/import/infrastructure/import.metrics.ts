import { Counter, Gauge, Histogram } from 'prom-client';
import { metricsRegistry } from '@imis/observability';

export const importsFinished = new Counter({
  name: 'insuree_imports_finished_total',
  help: 'Insuree imports run to their end, by status (SUCCEEDED, FAILED: refused rows in ALL_OR_NOTHING, a refused file, or out of retries)',
  labelNames: ['status'] as const,
  registers: [metricsRegistry],
});

export const importRows = new Counter({
  name: 'insuree_import_rows_total',
  help: 'Rows of finished imports: imported (insurees written) or refused (with errors in the report)',
  labelNames: ['result'] as const,
  registers: [metricsRegistry],
});

export const importSeconds = new Histogram({
  name: 'insuree_import_seconds',
  help: 'Duration of import jobs in the worker, from reading the file to the commit',
  buckets: [0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600],
  registers: [metricsRegistry],
});

export const importsRecovered = new Counter({
  name: 'insuree_imports_recovered_total',
  help: 'Unfinished imports whose job was lost (requeued) or gave up unnoticed (failed), found by the recovery sweep',
  labelNames: ['action'] as const,
  registers: [metricsRegistry],
});

/** Where the queue gauge reads its counts: the process's import queue, once built. */
let jobCounts: (() => Promise<Record<string, number>>) | undefined;

export function countImportJobsWith(counter: (() => Promise<Record<string, number>>) | undefined): void {
  jobCounts = counter;
}

export const importJobs = new Gauge({
  name: 'insuree_import_jobs',
  help: 'Import jobs in the queue by state (waiting, active, delayed): what to scale import workers on',
  labelNames: ['state'] as const,
  registers: [metricsRegistry],
  async collect() {
    if (!jobCounts) return;
    const counts = await jobCounts().catch(() => null); // Redis down: no figure rather than a failed scrape
    if (!counts) return;
    for (const state of ['waiting', 'active', 'delayed'] as const) this.set({ state }, counts[state] ?? 0);
  },
});
