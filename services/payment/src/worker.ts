import { runServiceWorker } from '@imis/service-kit';
import { paymentService } from './service';

/**
 * Runs only matching jobs, so ops can run them apart from the API (then run the API with
 * JOBS_CONCURRENCY=payment-matching=0). Serves /health and /metrics on PORT: give it a port of its own.
 */
runServiceWorker(paymentService);
