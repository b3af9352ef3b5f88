import { metricsRegistry } from '@imis/observability';
import { Counter, Histogram } from 'prom-client';

export const outboxPublished = new Counter({
  name: 'imis_outbox_published_total',
  help: 'Outbox events acknowledged by JetStream',
  registers: [metricsRegistry],
});

export const outboxPublishFailures = new Counter({
  name: 'imis_outbox_publish_failures_total',
  help: 'Outbox publications that failed (retried later)',
  registers: [metricsRegistry],
});

export const eventsHandled = new Counter({
  name: 'imis_events_handled_total',
  help: 'Events handled by a consumer, by outcome (handled, duplicate, ignored, retried, dead_lettered)',
  labelNames: ['consumer', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const eventLag = new Histogram({
  name: 'imis_event_lag_seconds',
  help: 'Time from the event being stored in JetStream to its handler committing',
  labelNames: ['consumer'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
  registers: [metricsRegistry],
});
