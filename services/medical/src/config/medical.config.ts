import { z } from 'zod';
import { authEnvSchema } from '@imis/auth';
import { serviceEnvSchema, servicePort } from '@imis/config';
import { jobsEnvSchema } from '@imis/jobs';
import manifest from '../../package.json';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/**
 * The medical service's environment: what every service reads (database, NATS, logs), how it verifies
 * access tokens (AUTH_*), the job queues (JOBS_*, REDIS_URL: diagnosis uploads), its port and upload limits.
 * Every variable is in .env.example.
 */
export const medicalEnvSchema = serviceEnvSchema
  .merge(authEnvSchema)
  .merge(jobsEnvSchema)
  .extend({
    // package.json's imis.port, where npm start and the supergraph read it too.
    PORT: servicePort(manifest.imis.port),
    DIAGNOSIS_UPLOAD_MAX_BYTES: positiveInt(8 * 1_048_576).describe('largest diagnosis file accepted, in bytes'),
    DIAGNOSIS_UPLOAD_MAX_UNCOMPRESSED_BYTES: positiveInt(64 * 1_048_576).describe('largest diagnosis XLSX accepted once its zip entries are inflated, in bytes'),
  });

export type MedicalEnv = z.infer<typeof medicalEnvSchema>;
