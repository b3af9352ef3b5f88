import { personQueue } from './support/test-processors';
import { eventually, type JobsTestApp, startJobsTestApp } from './support/jobs-test-app';

/** A personal value that must appear nowhere once the job failed on it. */
const PII = 'Zyxwvu-PII';
const SUMMARY = 'UniqueConstraintViolationException, SQLSTATE 23505, table test_person, constraint test_person_name_unique';

/**
 * A job that fails on a real PostgreSQL unique violation whose statement carries a person's name: the
 * job's row, BullMQ's record in Redis and the log lines keep the class, SQLSTATE, table and constraint,
 * never the name.
 */
describe('libs/jobs: a database error in a failed job', () => {
  const logLines: string[] = [];
  let jobs: JobsTestApp;

  beforeAll(async () => {
    jobs = await startJobsTestApp({ logDestination: { write: (line: string) => void logLines.push(line) } });
  });
  afterAll(() => jobs?.close());

  it('is recorded and logged without the values of the statement', async () => {
    const id = await jobs.em.fork().transactional(async (tx) => jobs.enqueuer.add(tx, personQueue, { name: PII }).id);
    const row = await eventually(async () => {
      const [found] = await jobs.sql<{ status: string; last_error: string | null }>('select status, last_error from job where id = ?', [id]);
      return found?.status === 'FAILED' ? found : null;
    });
    expect(row.last_error).toBe(SUMMARY);

    const bullJob = await eventually(async () => {
      const job = await jobs.bullQueue(personQueue.name).getJob(id);
      return job && (await job.getState()) === 'failed' ? job : null;
    });
    expect(bullJob.failedReason).toBe(SUMMARY);
    expect(JSON.stringify(bullJob.stacktrace)).not.toContain(PII);

    const gaveUp = await eventually(async () => logLines.find((line) => line.includes(`gave up after 2 attempt(s)`) && line.includes(id)));
    expect(gaveUp).toContain(SUMMARY);
    expect(logLines.filter((line) => line.includes(id)).length).toBeGreaterThanOrEqual(2);
    expect(logLines.join('\n')).not.toContain(PII);
  });
});
