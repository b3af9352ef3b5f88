/** The scheduled policy jobs. */
export const POLICY_JOB_KINDS = ['EXPIRY', 'RENEWAL_REMINDER'] as const;
export type PolicyJobKind = (typeof POLICY_JOB_KINDS)[number];

/** SCHEDULE: its cron fired; MANUAL: an administrator asked for it (runPolicyExpiry, runRenewalReminders). */
export const POLICY_JOB_TRIGGERS = ['SCHEDULE', 'MANUAL'] as const;
export type PolicyJobTrigger = (typeof POLICY_JOB_TRIGGERS)[number];

export const POLICY_JOB_RUN_STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type PolicyJobRunStatus = (typeof POLICY_JOB_RUN_STATUSES)[number];

/** What a run counts (each kind fills its own: expiry `expired`, reminders the others). */
export interface PolicyJobCounts {
  selected: number;
  skipped: number;
  created: number;
  notified: number;
  expired: number;
}

/** The calendar date "YYYY-MM-DD" of an instant in an IANA time zone: the run date of a job fired then. */
export function calendarDateIn(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Whether Intl knows this IANA time zone. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
