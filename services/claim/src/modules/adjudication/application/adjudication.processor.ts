import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { JobEnqueuer, JobProcessor, type JobHandler, type RunningJob } from '@imis/jobs';
import { adjudicationBatchSeconds, adjudicationBatchSize, claimsAdjudicated, claimsDeferred, submitToAdjudicatedSeconds } from '../infrastructure/adjudication.metrics';
import { claimAdjudicationQueue, type AdjudicationJob } from './adjudication.queue';
import { ClaimAdjudicator } from './claim-adjudicator';

/** Runs an adjudication batch in the job's transaction, with a job for the claims it deferred; metrics once it has committed. */
@JobProcessor(claimAdjudicationQueue)
@Injectable()
export class AdjudicationProcessor implements JobHandler<AdjudicationJob, { adjudicated: number }> {
  constructor(
    private readonly adjudicator: ClaimAdjudicator,
    private readonly jobs: JobEnqueuer,
  ) {}

  async process(job: RunningJob<AdjudicationJob>, tx: EntityManager): Promise<{ adjudicated: number }> {
    const started = process.hrtime.bigint();
    const { adjudicated, deferred } = await this.adjudicator.adjudicate(tx, job.payload.claimIds);
    if (deferred.length > 0) this.jobs.add(tx, claimAdjudicationQueue, { claimIds: [...deferred] });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    job.afterCommit(() => {
      if (deferred.length > 0) claimsDeferred.inc(deferred.length);
      if (adjudicated.length === 0) return;
      const now = Date.now();
      adjudicationBatchSize.observe(adjudicated.length);
      adjudicationBatchSeconds.observe(seconds);
      for (const claim of adjudicated) {
        claimsAdjudicated.inc({ outcome: claim.status });
        if (claim.submittedAt) submitToAdjudicatedSeconds.observe((now - claim.submittedAt.getTime()) / 1000);
      }
    });
    return { adjudicated: adjudicated.length };
  }
}
