import { runServiceWorker } from '@imis/service-kit';
import { claimService } from './service';

/**
 * Runs only adjudication jobs, so ops scale them apart from the API (then run the API with
 * JOBS_CONCURRENCY=claim-adjudication=0). Serves /health and /metrics on PORT: give it a port of its own.
 */
runServiceWorker(claimService);
