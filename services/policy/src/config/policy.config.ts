import { z } from 'zod';
import { authEnvSchema } from '@imis/auth';
import { serviceEnvSchema, servicePort } from '@imis/config';
import { jobsEnvSchema } from '@imis/jobs';
import manifest from '../../package.json';
import { policyJobsEnvSchema } from '../modules/renewal/policy-jobs.config';
import { DEFAULT_POLICY_VALUE_RULE, PolicyValueRules } from '../modules/policy-value';

const policyValueRuleNames = new PolicyValueRules().names();

/**
 * The policy service's environment: what every service reads (database, NATS, logs), how it verifies
 * access tokens (AUTH_*), the job queues (JOBS_*, REDIS_URL) and the policy jobs (POLICY_EXPIRY_*, POLICY_RENEWAL_*), and its port. Add the service's own variables here, and to .env.example.
 */
export const policyEnvSchema = serviceEnvSchema.merge(authEnvSchema).merge(jobsEnvSchema).merge(policyJobsEnvSchema).extend({
  // package.json's imis.port, where npm start and the supergraph read it too.
  PORT: servicePort(manifest.imis.port),
  POLICY_VALUE_RULE: z
    .string()
    .default(DEFAULT_POLICY_VALUE_RULE)
    .refine((name) => policyValueRuleNames.includes(name), { message: `must be one of: ${policyValueRuleNames.join(', ')}` })
    .describe('the PolicyValueRule that prices policies (ADR 0015)'),
  POLICY_AGE_OF_MAJORITY: z.coerce.number().int().min(1).max(120).default(18).describe('adult for the policy value: age at the enrolment date'),
  POLICY_ACTIVATION_OPTION: z
    .enum(['contribution', 'ready'])
    .default('contribution')
    .describe('a paid policy becomes Active (contribution) or Ready, activated later by a matched payment (ready)'),
});

export type PolicyEnv = z.infer<typeof policyEnvSchema>;
