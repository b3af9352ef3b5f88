import { DynamicModule, Global, Module, type FactoryProvider, type ModuleMetadata } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { connect } from '@nats-io/transport-node';
import { EventHandlerExplorer } from './event-handler.explorer';
import { MESSAGING_OPTIONS, NATS_CONNECTION, type MessagingModuleOptions } from './messaging.options';
import { MessagingRuntime } from './messaging.runtime';

export interface MessagingModuleAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  useFactory: (...args: never[]) => MessagingModuleOptions | Promise<MessagingModuleOptions>;
  inject?: FactoryProvider['inject'];
}

/**
 * NATS connection, the service's stream, the outbox relay and event consumers: the @DurableConsumer
 * classes among the application's providers are discovered and started on bootstrap. Needs MikroOrmModule
 * (with OutboxMessage and InboxMessage among its entities) and, for readiness, ObservabilityModule.
 */
@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    return MessagingModule.forRootAsync({ useFactory: () => options });
  }

  static forRootAsync(options: MessagingModuleAsyncOptions): DynamicModule {
    return {
      module: MessagingModule,
      imports: [DiscoveryModule, ...(options.imports ?? [])],
      providers: [
        { provide: MESSAGING_OPTIONS, useFactory: options.useFactory, inject: options.inject ?? [] },
        {
          provide: NATS_CONNECTION,
          // Fails the boot when NATS is unreachable at start; later outages are reconnected forever.
          useFactory: (config: MessagingModuleOptions) =>
            connect({ servers: config.natsUrl, name: config.service, maxReconnectAttempts: -1, reconnectTimeWait: 1000 }),
          inject: [MESSAGING_OPTIONS],
        },
        MessagingRuntime,
        EventHandlerExplorer,
      ],
      exports: [MESSAGING_OPTIONS, NATS_CONNECTION, MessagingRuntime],
    };
  }
}
