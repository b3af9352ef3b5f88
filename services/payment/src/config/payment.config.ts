import { z } from 'zod';
import { authEnvSchema } from '@imis/auth';
import { blankAsUnset, serviceEnvSchema, servicePort } from '@imis/config';
import { jobsEnvSchema } from '@imis/jobs';
import { notifierVariable } from '@imis/notification';
import manifest from '../../package.json';

/**
 * The payment service's environment: what every service reads (database, NATS, logs), how it verifies access
 * tokens (AUTH_*), the job queues (JOBS_*, REDIS_URL), the payment gateway (PAYMENT_GATEWAY_*), matching and
 * its feedback to payers (PAYMENT_NOTIFIER), and its port. Add the service's own variables here, and to .env.example.
 */
export const paymentEnvSchema = serviceEnvSchema
  .merge(authEnvSchema)
  .merge(jobsEnvSchema)
  .extend({
    // package.json's imis.port, where npm start and the supergraph read it too.
    PORT: servicePort(manifest.imis.port),
    PAYMENT_GATEWAY_URL: blankAsUnset(z.string().url()).describe('the gateway issuing control numbers (HttpPaymentGateway); unset: requests get no answer'),
    PAYMENT_GATEWAY_SECRET: z
      .string()
      .min(32, 'at least 32 characters')
      .optional()
      .describe('shared HMAC-SHA256 secret of the gateway’s notifications and of the requests sent to it; unset: the callback refuses everything'),
    PAYMENT_GATEWAY_WINDOW_SECONDS: z.coerce.number().int().min(10).max(3600).default(300).describe('how far a notification’s timestamp may be from now'),
    PAYMENT_GATEWAY_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000).describe('how long a control-number request waits for the gateway'),
    PAYMENT_MATCH_CHUNK: z.coerce.number().int().min(1).max(5_000).default(500).describe('payments matched per transaction'),
    PAYMENT_NOTIFIER: notifierVariable('the SMS feedback to payers after matching'),
  });

export type PaymentEnv = z.infer<typeof paymentEnvSchema>;
