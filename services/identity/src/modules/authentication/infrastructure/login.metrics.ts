import { Counter, Histogram } from 'prom-client';
import { metricsRegistry } from '@imis/observability';

export type LoginFailureReason = 'invalid_credentials' | 'locked' | 'rate_limited';

export const loginSeconds = new Histogram({
  name: 'login_seconds',
  help: 'Duration of login attempts (argon2 verification included), successful or not',
  buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

export const loginFailures = new Counter({
  name: 'login_failures_total',
  help: 'Refused login attempts by reason',
  labelNames: ['reason'] as const,
  registers: [metricsRegistry],
});
