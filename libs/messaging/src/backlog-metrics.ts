import { metricsRegistry, scrapeSample } from '@imis/observability';
import { Gauge } from 'prom-client';

/** How long one look-up (an outbox count, a consumer's info from NATS) serves the scrapes that follow. */
export const BACKLOG_SAMPLE_MS = 5_000;
/**
 * A look-up slower than this leaves its figure out of the scrape rather than holding Prometheus up: a
 * consumer's series is then absent, the outbox gauges NaN (unknown, never a reassuring 0).
 */
const SAMPLE_TIMEOUT_MS = 2_000;

export interface OutboxBacklog {
  /** Outbox rows not yet published. */
  unsent: number;
  /** When the oldest of them was written (null when none is waiting). */
  oldestUnsentAt: Date | null;
}

export interface ConsumerBacklog {
  /** Events of the stream (within the consumer's filter) not yet delivered to it. */
  pending: number;
  /** Events delivered to it and not yet acknowledged. */
  ackPending: number;
}

const outboxSources = new Set<() => Promise<OutboxBacklog>>();
const consumerSources = new Map<string, () => Promise<ConsumerBacklog>>();

/** The gauge called `name`, made (and registered) by the first process component that reports it. */
function gauge(name: string, help: string, collect: (this: Gauge<string>) => Promise<void>, labelNames: string[] = []): Gauge<string> {
  return (metricsRegistry.getSingleMetric(name) as Gauge<string> | undefined) ?? new Gauge({ name, help, labelNames, registers: [metricsRegistry], collect });
}

function withinTimeout<T>(sample: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('backlog sample timed out')), SAMPLE_TIMEOUT_MS);
  });
  return Promise.race([sample, timeout]).finally(() => clearTimeout(timer));
}

async function outboxSamples(): Promise<OutboxBacklog[]> {
  const samples = await Promise.allSettled([...outboxSources].map((sample) => withinTimeout(sample())));
  return samples.flatMap((sample) => (sample.status === 'fulfilled' ? [sample.value] : []));
}

let outboxGauges: Gauge<string>[] = [];

function ensureOutboxGauges(): void {
  if (outboxGauges.length > 0) return;
  outboxGauges = [
    gauge('imis_outbox_backlog', `Outbox events not yet published (sampled on scrape, at most every ${BACKLOG_SAMPLE_MS / 1000} s; NaN when unknown)`, async function () {
      const samples = await outboxSamples();
      this.set(samples.length > 0 ? samples.reduce((total, sample) => total + sample.unsent, 0) : NaN);
    }),
    gauge('imis_outbox_oldest_unsent_age_seconds', 'Age of the oldest outbox event not yet published: 0 when none waits, NaN when unknown', async function () {
      const samples = await outboxSamples();
      const oldest = Math.min(...samples.map((sample) => sample.oldestUnsentAt?.getTime() ?? Date.now()));
      this.set(samples.length > 0 ? Math.max(0, (Date.now() - oldest) / 1000) : NaN);
    }),
  ];
}

async function consumerSamples(): Promise<[string, ConsumerBacklog][]> {
  const names = [...consumerSources.keys()];
  const samples = await Promise.allSettled(names.map((name) => withinTimeout(consumerSources.get(name)!())));
  return samples.flatMap((sample, index): [string, ConsumerBacklog][] => (sample.status === 'fulfilled' ? [[names[index]!, sample.value]] : []));
}

/** A per-consumer gauge of one figure of the consumers' samples (each sample is taken once for both gauges). */
function consumerGauge(name: string, help: string, figure: (backlog: ConsumerBacklog) => number): Gauge<string> {
  return gauge(
    name,
    help,
    async function () {
      const samples = await consumerSamples();
      this.reset();
      for (const [consumer, backlog] of samples) this.set({ consumer }, figure(backlog));
    },
    ['consumer'],
  );
}

let consumerGauges: Gauge<string>[] = [];

function ensureConsumerGauges(): void {
  if (consumerGauges.length > 0) return;
  consumerGauges = [
    consumerGauge('imis_consumer_pending', 'Events in the stream not yet delivered to the durable consumer (JetStream num_pending)', (backlog) => backlog.pending),
    consumerGauge('imis_consumer_ack_pending', 'Events delivered to the durable consumer and not yet acknowledged (JetStream num_ack_pending)', (backlog) => backlog.ackPending),
  ];
}

/** Reports this process's outbox backlog (the relay does while it runs); returns what stops it. */
export function watchOutboxBacklog(take: () => Promise<OutboxBacklog>): () => void {
  ensureOutboxGauges();
  const sample = scrapeSample(take, BACKLOG_SAMPLE_MS);
  outboxSources.add(sample);
  return () => void outboxSources.delete(sample);
}

/** Reports a durable consumer's pending and unacknowledged events (while it runs); returns what stops it. */
export function watchConsumerBacklog(consumer: string, take: () => Promise<ConsumerBacklog>): () => void {
  ensureConsumerGauges();
  const sample = scrapeSample(take, BACKLOG_SAMPLE_MS);
  consumerSources.set(consumer, sample);
  return () => {
    if (consumerSources.get(consumer) === sample) consumerSources.delete(consumer);
  };
}
