import { type DynamicModule, Module } from '@nestjs/common';
import { createNotifier } from './notifier-adapters';
import { NOTIFIER, type Notifier } from './notifier';

export interface NotificationModuleOptions {
  /** The service, told to the adapter's factory. */
  readonly service: string;
  /** The adapter's registered name (the `<SERVICE>_NOTIFIER` variable). */
  readonly adapter: string;
  /** Used instead of the named adapter (tests, embedding code). */
  readonly notifier?: Notifier | undefined;
}

/** Provides and exports the process's Notifier under `NOTIFIER` (`@Inject(NOTIFIER) notifier: Notifier`). */
@Module({})
export class NotificationModule {
  static forRoot(options: NotificationModuleOptions): DynamicModule {
    return {
      module: NotificationModule,
      providers: [{ provide: NOTIFIER, useFactory: () => options.notifier ?? createNotifier(options.adapter, { service: options.service }) }],
      exports: [NOTIFIER],
    };
  }
}
