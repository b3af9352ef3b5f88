import { z } from 'zod';
import { authEnvSchema } from '@imis/auth';
import { serviceEnvSchema, servicePort } from '@imis/config';
import { jobsEnvSchema } from '@imis/jobs';
import manifest from '../../package.json';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/**
 * The insuree service's environment (every variable is described in .env.example). AUTH_*: how it verifies
 * the access token of every request, as every process does. JOBS_*: the job queues (libs/jobs); the
 * IMPORT_* names they replace still work.
 */
export const insureeEnvSchema = serviceEnvSchema.merge(authEnvSchema).merge(jobsEnvSchema).extend({
  // package.json's imis.port, where npm start and the supergraph read it too.
  PORT: servicePort(manifest.imis.port),
  REDIS_URL: z.string().default('redis://127.0.0.1:6379').describe('the job queues (BullMQ): bulk imports'),
  INSURANCE_NUMBER_RULE: z
    .string()
    .default('modulo:7:9')
    .describe('the scheme\'s insurance-number check: none, length:N, modulo:M[:N] (M = 10 is Luhn), luhn:N'),
  PHOTO_DIR: z.string().default('var/insuree/photos').describe('where photos are stored (filesystem storage)'),
  PHOTO_MAX_BYTES: positiveInt(1_048_576).describe('largest photo accepted, in bytes'),
  CARD_SCHEME_NAME: z.string().default('Health Insurance').describe('printed at the top of membership cards'),
  IMPORT_MAX_BYTES: positiveInt(16 * 1_048_576).describe('largest import file accepted, in bytes'),
  IMPORT_MAX_UNCOMPRESSED_BYTES: positiveInt(100 * 1_048_576).describe('largest XLSX accepted once its zip entries are inflated, in bytes'),
  IMPORT_WORKER_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .describe('old name of JOBS_CONCURRENCY=insuree-import=N: import jobs this process runs at once (0: enqueue only)'),
  IMPORT_RECOVERY_SECONDS: z.coerce.number().int().positive().optional().describe('old name of JOBS_RECOVERY_SECONDS'),
  IMPORT_QUEUE_PREFIX: z.string().min(1).optional().describe('old name of JOBS_QUEUE_PREFIX'),
});

export type InsureeEnv = z.infer<typeof insureeEnvSchema>;
