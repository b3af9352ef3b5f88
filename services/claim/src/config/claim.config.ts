import type { z } from 'zod';
import { authEnvSchema } from '@imis/auth';
import { serviceEnvSchema, servicePort } from '@imis/config';
import manifest from '../../package.json';

/**
 * The claim service's environment: what every service reads (database, NATS, logs), how it verifies
 * access tokens (AUTH_*), and its port. Add the service's own variables here, and to .env.example.
 */
export const claimEnvSchema = serviceEnvSchema.merge(authEnvSchema).extend({
  // package.json's imis.port, where npm start and the supergraph read it too.
  PORT: servicePort(manifest.imis.port),
});

export type ClaimEnv = z.infer<typeof claimEnvSchema>;
