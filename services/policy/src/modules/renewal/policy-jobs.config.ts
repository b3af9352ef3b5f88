import { z } from 'zod';
import { notifierVariable } from '@imis/notification';
import { isTimeZone } from './domain/policy-job-run';

/** The nightly expiry's and the renewal reminders' variables (part of the policy service's environment). */
export const policyJobsEnvSchema = z.object({
  POLICY_JOBS_TIME_ZONE: z
    .string()
    .default('UTC')
    .refine(isTimeZone, { message: 'must be an IANA time zone, e.g. Africa/Dar_es_Salaam' })
    .describe("time zone of the jobs' cron patterns and of their run date (\"today\")"),
  POLICY_EXPIRY_CRON: z.string().default('0 30 0 * * *').describe('when the nightly expiry runs (cron with seconds; default 00:30 daily)'),
  POLICY_EXPIRY_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(1_000).describe('policies expired per transaction (and per event)'),
  POLICY_RENEWAL_CRON: z.string().default('0 0 1 * * *').describe('when the renewal reminders run (cron with seconds; default 01:00 daily)'),
  POLICY_RENEWAL_INTERVAL_DAYS: z.coerce.number().int().min(0).max(365).default(14).describe('reminders for policies expiring within this many days of the run date'),
  POLICY_RENEWAL_NOTIFIER: notifierVariable('renewal notices'),
});

export type PolicyJobsEnv = z.infer<typeof policyJobsEnvSchema> & { POLICY_AGE_OF_MAJORITY: number };
