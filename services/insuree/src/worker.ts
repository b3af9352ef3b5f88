import { loadConfig } from '@imis/config';
import { insureeEnvSchema } from './config/insuree.config';
import { createInsureeWorker } from './insuree-app';

/**
 * Runs only import jobs (at least one at a time, IMPORT_WORKER_CONCURRENCY if higher), so ops can scale
 * them apart from the API (then run the API with IMPORT_WORKER_CONCURRENCY=0). Serves /health and
 * /metrics on PORT: give it a port of its own.
 */
async function main(): Promise<void> {
  const env = loadConfig(insureeEnvSchema);
  const app = await createInsureeWorker(env);
  await app.listen(env.PORT, env.HOST);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
