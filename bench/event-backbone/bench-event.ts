import { z } from 'zod';
import { defineEvent } from '@imis/contracts';

export const benchEvent = defineEvent({
  type: 'imis.bench.item.recorded.v1',
  description: 'benchmark event',
  schema: z.object({ itemId: z.string().uuid(), sequence: z.number().int() }),
});

export const setting = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);

export const quietLogger = { log: () => undefined, warn: (m: string) => console.warn(m), error: (m: string) => console.error(m) };

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** What the consumer process reports to the benchmark after each phase. */
export interface PhaseReport {
  handled: number;
  lastHandledAt: number;
  lagP50: number;
  lagP99: number;
  cpuMicros: number;
}

export interface ConsumerSetup {
  databaseUrl: string;
  database: string;
  natsUrl: string;
  prefix: string;
}
