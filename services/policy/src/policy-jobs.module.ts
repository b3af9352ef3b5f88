import { type DynamicModule, Injectable, Module } from '@nestjs/common';
import { JobProcessor } from '@imis/jobs';
import { NotificationModule, type Notifier } from '@imis/notification';
import { PolicyExpiryProcessor } from './modules/expiry';
import { policyExpiryQueue, renewalReminderQueue } from './modules/renewal/application/policy-job.queues';
import { POLICY_JOBS_ENV } from './modules/renewal/application/policy-jobs.env';
import { RenewalNotifier } from './modules/renewal/application/renewal-notifier';
import { RenewalReminderProcessor } from './modules/renewal/application/renewal-reminder.processor';
import type { PolicyJobsEnv } from './modules/renewal/policy-jobs.config';

export interface PolicyJobsOptions {
  /** Overrides POLICY_RENEWAL_NOTIFIER's adapter (tests, a scheme wiring its own module). */
  readonly notifier?: Notifier;
}

/**
 * The policy jobs' processors (queues `policy-expiry` and `policy-renewal-reminder` of libs/jobs) with
 * their schedules from the environment (cron and time zone), and the Notifier of renewal notices
 * (@imis/notification, adapter named by POLICY_RENEWAL_NOTIFIER). In every process with a JobsModule: the
 * API process runs them unless JOBS_CONCURRENCY names them with 0, the worker process (src/worker.ts) always.
 */
@Module({})
export class PolicyJobsModule {
  static forRoot(env: PolicyJobsEnv, options: PolicyJobsOptions = {}): DynamicModule {
    const timeZone = env.POLICY_JOBS_TIME_ZONE;

    @JobProcessor(policyExpiryQueue, { schedules: [{ id: 'nightly', cron: env.POLICY_EXPIRY_CRON, timeZone, payload: {} }] })
    @Injectable()
    class ScheduledPolicyExpiry extends PolicyExpiryProcessor {}

    @JobProcessor(renewalReminderQueue, { schedules: [{ id: 'daily', cron: env.POLICY_RENEWAL_CRON, timeZone, payload: {} }] })
    @Injectable()
    class ScheduledRenewalReminders extends RenewalReminderProcessor {}

    return {
      module: PolicyJobsModule,
      imports: [NotificationModule.forRoot({ service: 'policy', adapter: env.POLICY_RENEWAL_NOTIFIER, notifier: options.notifier })],
      providers: [
        { provide: POLICY_JOBS_ENV, useValue: env },
        RenewalNotifier,
        ScheduledPolicyExpiry,
        ScheduledRenewalReminders,
      ],
    };
  }
}
