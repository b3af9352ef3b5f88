import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { EventSource } from '@imis/contracts';
import { planConsumer, type HandlerDeclaration } from '../consumer/consumer-plan';
import type { EventHandler } from '../consumer/event-handler';
import { DURABLE_CONSUMER } from './durable-consumer.decorator';
import { MessagingRuntime } from './messaging.runtime';
import { ON_EVENT } from './on-event.decorator';

type Handlers = Record<string, EventHandler<unknown>>;

/**
 * Finds the @DurableConsumer classes among the application's providers and declares their consumers on
 * the MessagingRuntime, which starts them on bootstrap (after every module is initialised).
 */
@Injectable()
export class EventHandlerExplorer implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly runtime: MessagingRuntime,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: DURABLE_CONSUMER.KEY })) {
      const options = this.discovery.getMetadataByDecorator(DURABLE_CONSUMER, wrapper);
      const instance = wrapper.instance as Handlers | undefined;
      const owner = wrapper.metatype?.name ?? String(wrapper.token);
      if (!options || !instance) continue;
      if (!wrapper.isDependencyTreeStatic()) throw new Error(`${owner}: a @DurableConsumer must be a singleton provider (no request scope)`);
      const { purpose, covers, ...limits } = options;
      const plan = planConsumer(this.runtime.options.service, { purpose, covers, handlers: this.handlersOf(instance) }, owner);
      const consumer = this.runtime.consumer({ name: plan.name, sourceService: plan.sourceService, filterSubject: plan.filterSubject, ...limits });
      for (const { contract, method } of plan.routes) consumer.on(contract, (event, context) => instance[method](event, context));
    }
  }

  private handlersOf(instance: Handlers): HandlerDeclaration[] {
    const prototype = Object.getPrototypeOf(instance) as object;
    return this.scanner.getAllMethodNames(prototype).flatMap((method) => {
      const sources = Reflect.getMetadata(ON_EVENT, instance[method]) as readonly EventSource[] | undefined;
      return sources ? [{ method, sources }] : [];
    });
  }
}
