import type { z } from 'zod';
import { serviceEnvSchema, servicePort } from '@imis/config';

/** The location service's environment (every variable is described in .env.example). */
export const locationEnvSchema = serviceEnvSchema.extend({
  PORT: servicePort(4001),
});

export type LocationEnv = z.infer<typeof locationEnvSchema>;
