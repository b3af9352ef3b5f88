import { Counter, Histogram } from 'prom-client';
import { metricsRegistry } from '@imis/observability';

export const claimsAdjudicated = new Counter({
  name: 'claim_adjudicated_total',
  help: 'Claims adjudicated, by outcome (the claim status after adjudication: CHECKED, REJECTED, VALUATED, PROCESSED)',
  labelNames: ['outcome'] as const,
  registers: [metricsRegistry],
});

export const adjudicationBatchSize = new Histogram({
  name: 'claim_adjudication_batch_size',
  help: 'Claims adjudicated per batch transaction (the job’s claims plus earlier queued claims of the same families)',
  buckets: [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000],
  registers: [metricsRegistry],
});

export const adjudicationBatchSeconds = new Histogram({
  name: 'claim_adjudication_batch_seconds',
  help: 'Duration of an adjudication batch: locks, loading, rules, writes (before the commit)',
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

export const submitToAdjudicatedSeconds = new Histogram({
  name: 'claim_submit_to_adjudicated_seconds',
  help: 'From a claim’s submission to the commit of its adjudication',
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
  registers: [metricsRegistry],
});

export const claimsDeferred = new Counter({
  name: 'claim_adjudication_deferred_total',
  help: 'Claims a batch left to a new job because another batch held their families (contention between jobs)',
  registers: [metricsRegistry],
});

export const claimsSetAside = new Counter({
  name: 'claim_adjudication_set_aside_total',
  help: 'Claims taken out of the queue because their adjudication failed on a job’s last attempt (each one is a bug or bad data: see the worker’s log)',
  registers: [metricsRegistry],
});
