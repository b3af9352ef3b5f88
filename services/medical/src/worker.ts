import { runServiceWorker } from '@imis/service-kit';
import { medicalService } from './service';

/**
 * Runs only jobs (diagnosis uploads: at least one at a time, more with JOBS_CONCURRENCY=diagnosis-upload=N),
 * so ops can scale them apart from the API (then run the API with JOBS_CONCURRENCY=diagnosis-upload=0).
 * Serves /health and /metrics on PORT: give it a port of its own.
 */
runServiceWorker(medicalService);
