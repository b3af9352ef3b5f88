import type { z } from 'zod';
import { authEnvSchema } from '@imis/auth';
import { serviceEnvSchema, servicePort } from '@imis/config';

/**
 * The location service's environment (every variable is described in .env.example). AUTH_*: how it
 * verifies the access token of every request (identity's JWKS URL, or inline keys), as every process does.
 */
export const locationEnvSchema = serviceEnvSchema.merge(authEnvSchema).extend({
  PORT: servicePort(4001),
});

export type LocationEnv = z.infer<typeof locationEnvSchema>;
