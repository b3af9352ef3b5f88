import { randomUUID } from 'crypto';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import type { RunningJob } from '@imis/jobs';
import type { ServiceTestApp } from '@imis/testing';
import { claimAdjudicationQueue } from '../../src/modules/adjudication';
import type { AdjudicationJob } from '../../src/modules/adjudication/application/adjudication.queue';

/** Removes the test's adjudication queue (its own prefix) from Redis. */
export async function obliterateAdjudicationQueue(service: ServiceTestApp, prefix: string): Promise<void> {
  const redis = new Redis(service.env.REDIS_URL!, { maxRetriesPerRequest: null });
  const queue = new Queue(claimAdjudicationQueue.name, { connection: redis, prefix });
  await queue.obliterate({ force: true });
  await queue.close();
  redis.disconnect();
}

/** An adjudication job as the job runner hands it to the processor at `attempt`, and the callbacks it leaves for after the commit. */
export function adjudicationJob(claimIds: string[], attempt = 1): { job: RunningJob<AdjudicationJob>; committed: (() => void)[] } {
  const committed: (() => void)[] = [];
  const job = {
    id: randomUUID(),
    queue: claimAdjudicationQueue.name,
    payload: { claimIds },
    attempt,
    maxAttempts: claimAdjudicationQueue.attempts,
    schedule: null,
    scheduledFor: null,
    afterCommit: (callback: () => void) => committed.push(callback),
  };
  return { job, committed };
}
