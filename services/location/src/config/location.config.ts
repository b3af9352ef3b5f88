import type { z } from 'zod';
import { authEnvSchema } from '@imis/auth';
import { serviceEnvSchema, servicePort } from '@imis/config';
import manifest from '../../package.json';

/**
 * The location service's environment (every variable is described in .env.example). AUTH_*: how it
 * verifies the access token of every request (identity's JWKS URL, or inline keys), as every process does.
 */
export const locationEnvSchema = serviceEnvSchema.merge(authEnvSchema).extend({
  // package.json's imis.port, where npm start and the supergraph read it too.
  PORT: servicePort(manifest.imis.port),
});

export type LocationEnv = z.infer<typeof locationEnvSchema>;
