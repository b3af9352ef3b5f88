// The renewal module's public face (src/policy-jobs.module.ts wires its processor with the expiry's).
export { RenewalModule } from './renewal.module';
export { PolicyJobRun } from './infrastructure/policy-job-run.entity';
export { PolicyRenewal } from './infrastructure/policy-renewal.entity';
export { PolicyRenewalPhoto } from './infrastructure/policy-renewal-photo.entity';
export { RenewalNotification } from './infrastructure/renewal-notification.entity';
export { PolicyJobRuns } from './infrastructure/policy-job-runs';
export { calendarDateIn } from './domain/policy-job-run';
export type { PolicyJobKind } from './domain/policy-job-run';
export { policyExpiryQueue, renewalReminderQueue } from './application/policy-job.queues';
export type { PolicyJobPayload } from './application/policy-job.queues';
export { InjectPolicyJobsEnv } from './application/policy-jobs.env';
export { RenewalNotifier } from './application/renewal-notifier';
export type { RenewalNotice } from './domain/renewal-notice';
export type { PolicyJobsEnv } from './policy-jobs.config';
export { uuidArray } from './infrastructure/uuid-array';
