import { defineJobQueue } from '@imis/jobs';

/** Payload of both jobs: nothing, the run date is the day the job fired (or was asked for). */
export type PolicyJobPayload = Record<string, never>;

/** Nightly expiry: idempotent, so a retry goes on where a failed attempt stopped. */
export const policyExpiryQueue = defineJobQueue<PolicyJobPayload>({ name: 'policy-expiry', attempts: 3, backoff: { type: 'exponential', delayMs: 5_000 } });

export const renewalReminderQueue = defineJobQueue<PolicyJobPayload>({ name: 'policy-renewal-reminder', attempts: 3, backoff: { type: 'exponential', delayMs: 5_000 } });
