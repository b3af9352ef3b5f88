import { DiscoveryService } from '@nestjs/core';
import type { JobQueueDefinition } from '../queue/job-queue.definition';

/** A repeatable run of a processor: each time the cron pattern fires, a job row is written and run. */
export interface JobSchedule<P extends object = object> {
  /** Unique within the queue; recorded on each run's row (`job.schedule`). */
  readonly id: string;
  /** Cron pattern, with an optional leading seconds field (e.g. `0 30 1 * * *`: 01:30 every night). */
  readonly cron: string;
  /** IANA time zone of the pattern (UTC when not set). */
  readonly timeZone?: string;
  readonly payload: P;
}

export interface JobProcessorMetadata {
  readonly queue: JobQueueDefinition;
  readonly schedules: readonly JobSchedule[];
}

/** Discovered by JobsModule through Nest's DiscoveryService. */
export const JobProcessorDiscovery = DiscoveryService.createDecorator<JobProcessorMetadata>();

/**
 * Declares an injectable class (implementing JobHandler) as the processor of a queue, with the schedules
 * that start its repeatable runs. One processor per queue.
 */
export function JobProcessor<P extends object>(queue: JobQueueDefinition<P>, options: { schedules?: readonly JobSchedule<P>[] } = {}): ClassDecorator {
  return JobProcessorDiscovery({ queue, schedules: options.schedules ?? [] });
}
