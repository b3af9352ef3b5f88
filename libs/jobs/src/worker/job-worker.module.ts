import { type DynamicModule, Module, type ModuleMetadata } from '@nestjs/common';
import { ObservabilityModule } from '@imis/observability';
import { databaseReadiness } from '@imis/persistence';
import { JobsModule } from '../jobs.module';
import type { JobsModuleOptions } from '../jobs.options';

export interface JobWorkerModuleOptions {
  /** The service's name (metrics label, logs). */
  service: string;
  logLevel?: string;
  jobs: Omit<JobsModuleOptions, 'role'>;
  /** The service's database (MikroOrmModule.forRoot), configuration and the modules of its processors. */
  imports: NonNullable<ModuleMetadata['imports']>;
}

/**
 * A process that only runs jobs (a service's src/worker.ts): logs, /metrics and /health/* (database and
 * Redis) through @imis/observability, every queue of its processors at least once at a time.
 */
@Module({})
export class JobWorkerModule {
  static forRoot(options: JobWorkerModuleOptions): DynamicModule {
    return {
      module: JobWorkerModule,
      imports: [
        ObservabilityModule.forRoot({ service: options.service, logLevel: options.logLevel, readiness: [databaseReadiness] }),
        JobsModule.forRoot({ ...options.jobs, role: 'worker' }),
        ...options.imports,
      ],
    };
  }
}
