import { concurrencyOf, jobsEnvSchema, jobsOptionsFrom, parseJobConcurrency } from './jobs.options';
import { defineJobQueue } from './queue/job-queue.definition';

describe('job options', () => {
  it('reads JOBS_CONCURRENCY as a default, per-queue values, or both', () => {
    expect(parseJobConcurrency('2')).toEqual({ default: 2, queues: {} });
    expect(parseJobConcurrency('insuree-import=4, claim-adjudication=8')).toEqual({ default: undefined, queues: { 'insuree-import': 4, 'claim-adjudication': 8 } });
    expect(parseJobConcurrency('1,policy-expiry=0')).toEqual({ default: 1, queues: { 'policy-expiry': 0 } });
    expect(() => parseJobConcurrency('insuree-import=many')).toThrow('"insuree-import=many" is neither a number nor queue=number');
    expect(jobsEnvSchema.safeParse({ JOBS_CONCURRENCY: 'x=1=2' }).success).toBe(false);
  });

  it('runs a queue at its named concurrency; otherwise the default (1), and at least once in a worker process', () => {
    const concurrency = parseJobConcurrency('0,claim-adjudication=8,policy-expiry=0');
    expect(concurrencyOf({ role: 'api', concurrency }, 'claim-adjudication')).toBe(8);
    expect(concurrencyOf({ role: 'api', concurrency }, 'insuree-import')).toBe(0);
    expect(concurrencyOf({ role: 'worker', concurrency }, 'insuree-import')).toBe(1);
    expect(concurrencyOf({ role: 'worker', concurrency }, 'policy-expiry')).toBe(0); // named 0: not in this worker
    expect(concurrencyOf({ role: 'api', concurrency: { queues: {} } }, 'insuree-import')).toBe(1);
  });

  it('applies the defaults to the environment', () => {
    const env = jobsEnvSchema.parse({});
    expect(jobsOptionsFrom(env, 'api')).toEqual({
      redisUrl: 'redis://127.0.0.1:6379',
      prefix: 'imis',
      recoverySeconds: 60,
      lockSeconds: 30,
      role: 'api',
      concurrency: { queues: {} },
    });
  });

  it('defines queues with retention defaults and refuses bad names', () => {
    expect(defineJobQueue({ name: 'policy-expiry' })).toEqual({
      name: 'policy-expiry',
      attempts: 3,
      backoff: { type: 'exponential', delayMs: 5_000 },
      retention: { completedSeconds: 86_400, completedCount: 1_000, failedSeconds: 604_800, failedCount: 1_000 },
      keepRowsDays: 30,
    });
    expect(() => defineJobQueue({ name: 'Policy Expiry' })).toThrow('lower-case letters');
    expect(() => defineJobQueue({ name: 'x', attempts: 0 })).toThrow('attempts must be a positive integer');
  });
});
