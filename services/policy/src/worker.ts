import { runServiceWorker } from '@imis/service-kit';
import { policyService } from './service';

/**
 * Runs only jobs (nightly expiry, renewal reminders), so ops can run them apart from the API (then run the
 * API with JOBS_CONCURRENCY=policy-expiry=0,policy-renewal-reminder=0). Serves /health and /metrics on
 * PORT: give it a port of its own.
 */
runServiceWorker(policyService);
