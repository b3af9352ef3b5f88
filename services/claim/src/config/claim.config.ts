import { z } from 'zod';
import { authEnvSchema } from '@imis/auth';
import { serviceEnvSchema, servicePort } from '@imis/config';
import { jobsEnvSchema } from '@imis/jobs';
import manifest from '../../package.json';

/**
 * The claim service's environment: what every service reads (database, NATS, logs), how it verifies
 * access tokens (AUTH_*), its port and the scheme's entry rules (CLAIM_*). Add the service's own variables here, and to .env.example.
 */
export const claimEnvSchema = serviceEnvSchema.merge(authEnvSchema).merge(jobsEnvSchema).extend({
  // package.json's imis.port, where npm start and the supergraph read it too.
  PORT: servicePort(manifest.imis.port),
  CLAIM_MAX_SECONDARY_DIAGNOSES: z.coerce.number().int().min(0).max(4).default(4).describe('secondary diagnoses a claim may have (openIMIS: at most 4)'),
  CLAIM_MAX_LINES: z.coerce.number().int().min(1).max(1000).default(200).describe('item and service lines a claim may have'),
  CLAIM_MAX_RESTORES: z.coerce.number().int().min(0).max(100).default(1).describe('times a rejected claim may be restored along a chain (openIMIS claim_max_restore)'),
  CLAIM_AUTO_PROCESS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true')
    .describe('valuate a claim in the adjudication job that checks it (false: it stays Checked until processClaims)'),
  CLAIM_RULES: z.string().default('').describe('the scheme’s changes to the default checks, as JSON: {"remove":[…],"replace":{…},"add":[…],"order":{…}} (CheckRegistry names)'),
  CLAIM_ADJUDICATION_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(100).describe('claims per adjudication job (and per transaction)'),
  CLAIM_AGE_OF_MAJORITY: z.coerce.number().int().min(1).max(30).default(18).describe('an insuree is an adult from this age (patient categories, limits)'),
});

export type ClaimEnv = z.infer<typeof claimEnvSchema>;

/** The entry rules of the environment. */
export function claimRulesFrom(env: Pick<ClaimEnv, 'CLAIM_MAX_SECONDARY_DIAGNOSES' | 'CLAIM_MAX_LINES' | 'CLAIM_MAX_RESTORES'>) {
  return { maxSecondaryDiagnoses: env.CLAIM_MAX_SECONDARY_DIAGNOSES, maxLines: env.CLAIM_MAX_LINES, maxRestores: env.CLAIM_MAX_RESTORES };
}
