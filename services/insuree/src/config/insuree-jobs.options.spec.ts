import { loadConfig } from '@imis/config';
import { insureeJobsOptions } from './insuree-jobs.options';
import { insureeEnvSchema } from './insuree.config';

const optionsOf = (vars: Record<string, string>, role: 'api' | 'worker') => insureeJobsOptions(loadConfig(insureeEnvSchema, vars), role);

describe('insuree job options', () => {
  it('still reads the IMPORT_* names, the JOBS_* names winning', () => {
    const old = optionsOf({ IMPORT_QUEUE_PREFIX: 'old', IMPORT_RECOVERY_SECONDS: '30', IMPORT_WORKER_CONCURRENCY: '2' }, 'api');
    expect(old).toMatchObject({ prefix: 'old', recoverySeconds: 30, concurrency: { queues: { 'insuree-import': 2 } } });
    const both = optionsOf({ IMPORT_QUEUE_PREFIX: 'old', JOBS_QUEUE_PREFIX: 'new', IMPORT_WORKER_CONCURRENCY: '2', JOBS_CONCURRENCY: 'insuree-import=5' }, 'api');
    expect(both).toMatchObject({ prefix: 'new', concurrency: { queues: { 'insuree-import': 5 } } });
  });

  it("gives a worker at least one import at a time when it shares the API's IMPORT_WORKER_CONCURRENCY=0", () => {
    expect(optionsOf({ IMPORT_WORKER_CONCURRENCY: '0' }, 'api').concurrency.queues).toEqual({ 'insuree-import': 0 });
    expect(optionsOf({ IMPORT_WORKER_CONCURRENCY: '0' }, 'worker').concurrency.queues).toEqual({ 'insuree-import': 1 });
    expect(optionsOf({}, 'api')).toMatchObject({ prefix: 'imis', recoverySeconds: 60, concurrency: { queues: {} } });
  });
});
