import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { JobQueueDefinition } from '../queue/job-queue.definition';
import type { JobHandler } from './job-handler';
import { JobProcessorDiscovery, type JobSchedule } from './job-processor.decorator';

/** A discovered processor with its queue and schedules. */
export interface RegisteredProcessor {
  readonly queue: JobQueueDefinition;
  readonly schedules: readonly JobSchedule[];
  readonly handler: JobHandler;
}

/** The processors of the application (classes marked @JobProcessor), found once the modules are built. */
@Injectable()
export class JobProcessors implements OnModuleInit {
  private readonly byQueue = new Map<string, RegisteredProcessor>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: JobProcessorDiscovery.KEY })) {
      const metadata = this.discovery.getMetadataByDecorator(JobProcessorDiscovery, wrapper);
      const handler = wrapper.instance as JobHandler | undefined;
      if (!metadata || !handler) continue;
      if (typeof handler.process !== 'function') throw new Error(`${wrapper.name}: a @JobProcessor needs a process(job, tx) method`);
      const existing = this.byQueue.get(metadata.queue.name);
      if (existing && existing.handler !== handler) throw new Error(`Two processors for job queue ${metadata.queue.name}`);
      this.byQueue.set(metadata.queue.name, { queue: metadata.queue, schedules: metadata.schedules, handler });
    }
  }

  all(): RegisteredProcessor[] {
    return [...this.byQueue.values()];
  }

  of(queue: string): RegisteredProcessor {
    const processor = this.byQueue.get(queue);
    if (!processor) throw new Error(`No @JobProcessor for job queue ${queue} in this process`);
    return processor;
  }
}
