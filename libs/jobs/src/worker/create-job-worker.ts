import type { DynamicModule, Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createServiceApplication } from '@imis/observability';
import { JobWorkers } from '../run/job.workers';

/** Builds a job worker process's application (a module built with JobWorkerModule); the caller listens for /health and /metrics. */
export async function createJobWorker(rootModule: DynamicModule | Type): Promise<NestExpressApplication> {
  const app = await createServiceApplication(rootModule);
  try {
    app.get(JobWorkers);
  } catch {
    await app.close();
    throw new Error('A job worker module imports JobWorkerModule.forRoot (or JobsModule.forRoot)');
  }
  return app;
}

/**
 * A service's src/worker.ts in one call: builds the worker, serves /health and /metrics on `port`, and
 * exits with status 1 when it cannot start. SIGTERM lets the jobs under way finish.
 */
export function runJobWorker(rootModule: DynamicModule | Type, listen: { port: number; host?: string }): void {
  createJobWorker(rootModule)
    .then((app) => (listen.host === undefined ? app.listen(listen.port) : app.listen(listen.port, listen.host)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
