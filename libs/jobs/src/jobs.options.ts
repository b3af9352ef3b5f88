import { z } from 'zod';

/** `api`: runs each queue at its concurrency (0: only enqueues). `worker`: runs every queue at least once at a time, unless JOBS_CONCURRENCY names it with 0. */
export type JobRole = 'api' | 'worker';

/** Jobs run at once in a process: `default` for every queue, `queues` by queue name. */
export interface JobConcurrency {
  readonly default?: number;
  readonly queues: Readonly<Record<string, number>>;
}

export interface JobsModuleOptions {
  readonly redisUrl: string;
  /** BullMQ key prefix in Redis (tests isolate themselves with it). */
  readonly prefix: string;
  /** How often a worker process sweeps for lost jobs, and how long an unfinished job must be idle to be looked at. */
  readonly recoverySeconds: number;
  /** A worker's lock on a running job; a killed worker's job is run again about this long (up to twice) after it died. */
  readonly lockSeconds: number;
  readonly role: JobRole;
  readonly concurrency: JobConcurrency;
}

export const JOBS_OPTIONS = Symbol('JobsModuleOptions');

const ENTRY = /^(?:([a-z][a-z0-9-]*)=)?(\d+)$/;

/** "2", "insuree-import=4,claim-adjudication=8" or "1,policy-expiry=0". */
export function parseJobConcurrency(text: string): JobConcurrency {
  const queues: Record<string, number> = {};
  let fallback: number | undefined;
  for (const part of text.split(',').map((entry) => entry.trim()).filter(Boolean)) {
    const match = ENTRY.exec(part);
    if (!match) throw new Error(`"${part}" is neither a number nor queue=number`);
    if (match[1]) queues[match[1]] = Number(match[2]);
    else fallback = Number(match[2]);
  }
  return { default: fallback, queues };
}

const concurrencySchema = z.string().transform((text, context) => {
  try {
    return parseJobConcurrency(text);
  } catch (error) {
    context.addIssue({ code: z.ZodIssueCode.custom, message: (error as Error).message });
    return z.NEVER;
  }
});

/** The variables of libs/jobs, merged into a service's environment schema (defaults are applied by jobsOptionsFrom). */
export const jobsEnvSchema = z.object({
  REDIS_URL: z.string().default('redis://127.0.0.1:6379').describe('the job queues (BullMQ)'),
  JOBS_QUEUE_PREFIX: z.string().min(1).optional().describe('BullMQ key prefix in Redis (default imis)'),
  JOBS_CONCURRENCY: concurrencySchema
    .optional()
    .describe('jobs run at once: "N" for every queue, "queue=N,…" per queue, or both ("1,claim-adjudication=8"); default 1; 0 = enqueue only'),
  JOBS_RECOVERY_SECONDS: z.coerce.number().int().positive().optional().describe('recovery sweep period and idle threshold (default 60)'),
  JOBS_LOCK_SECONDS: z.coerce.number().int().positive().optional().describe("a worker's lock on a running job (default 30)"),
});

export type JobsEnv = z.infer<typeof jobsEnvSchema>;

/** Module options from the parsed environment, with the defaults. */
export function jobsOptionsFrom(env: JobsEnv, role: JobRole): JobsModuleOptions {
  return {
    redisUrl: env.REDIS_URL,
    prefix: env.JOBS_QUEUE_PREFIX ?? 'imis',
    recoverySeconds: env.JOBS_RECOVERY_SECONDS ?? 60,
    lockSeconds: env.JOBS_LOCK_SECONDS ?? 30,
    role,
    concurrency: env.JOBS_CONCURRENCY ?? { queues: {} },
  };
}

/** Jobs of a queue this process runs at once (0: none). */
export function concurrencyOf(options: Pick<JobsModuleOptions, 'role' | 'concurrency'>, queue: string): number {
  const named = options.concurrency.queues[queue];
  if (named !== undefined) return named;
  const fallback = options.concurrency.default ?? 1;
  return options.role === 'worker' ? Math.max(1, fallback) : fallback;
}
