import { loadConfig } from '@imis/config';
import { runJobWorker } from '@imis/jobs';
import { insureeEnvSchema } from './config/insuree.config';
import { InsureeWorkerModule } from './insuree-worker.module';

/**
 * Runs only jobs (imports: at least one at a time, more with JOBS_CONCURRENCY=insuree-import=N), so ops can
 * scale them apart from the API (then run the API with JOBS_CONCURRENCY=insuree-import=0). Serves /health and
 * /metrics on PORT: give it a port of its own.
 */
const env = loadConfig(insureeEnvSchema);
runJobWorker(InsureeWorkerModule.forRoot(env), { port: env.PORT, host: env.HOST });
