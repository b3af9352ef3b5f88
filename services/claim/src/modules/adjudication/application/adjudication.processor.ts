import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { JobEnqueuer, JobProcessor, type JobHandler, type RunningJob } from '@imis/jobs';
import { describeError } from '@imis/observability';
import { adjudicationBatchSeconds, adjudicationBatchSize, claimsAdjudicated, claimsDeferred, claimsSetAside, submitToAdjudicatedSeconds } from '../infrastructure/adjudication.metrics';
import { claimAdjudicationQueue, type AdjudicationJob } from './adjudication.queue';
import { ClaimAdjudicator } from './claim-adjudicator';

/**
 * Runs an adjudication batch in the job's transaction, with a job for the claims it deferred; metrics once it has
 * committed. Its last attempt sets the claims of failing families aside rather than fail (ClaimAdjudicator): earlier
 * attempts fail whole, so that a passing fault (a lost connection) leaves every claim queued for the retry.
 */
@JobProcessor(claimAdjudicationQueue)
@Injectable()
export class AdjudicationProcessor implements JobHandler<AdjudicationJob, { adjudicated: number }> {
  private readonly logger = new Logger('ClaimAdjudication');

  constructor(
    private readonly adjudicator: ClaimAdjudicator,
    private readonly jobs: JobEnqueuer,
  ) {}

  async process(job: RunningJob<AdjudicationJob>, tx: EntityManager): Promise<{ adjudicated: number }> {
    const started = process.hrtime.bigint();
    const { adjudicated, deferred, setAside } = await this.adjudicator.adjudicate(tx, job.payload.claimIds, { setAsideFailures: job.attempt >= job.maxAttempts });
    if (deferred.length > 0) this.jobs.add(tx, claimAdjudicationQueue, { claimIds: [...deferred] });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    job.afterCommit(() => {
      if (deferred.length > 0) claimsDeferred.inc(deferred.length);
      for (const family of setAside) {
        claimsSetAside.inc(family.claimIds.length);
        this.logger.error(`Job ${job.id}: set aside claims ${family.claimIds.join(', ')} (family ${family.key}), their adjudication failed: ${describeError(family.error)}`);
      }
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
