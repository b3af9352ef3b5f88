import { Counter, Histogram } from 'prom-client';
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
  help: 'Duration of import jobs in the worker, from reading the file to the commit (the queue itself: job_* metrics of libs/jobs)',
  buckets: [0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600],
  registers: [metricsRegistry],
});
