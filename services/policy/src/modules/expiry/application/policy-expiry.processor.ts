import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { createEvent, policiesExpiredEvent } from '@imis/contracts';
import type { JobHandler, RunningJob } from '@imis/jobs';
import { BulkOutboxWriter } from '@imis/messaging';
import { calendarDateIn, InjectPolicyJobsEnv, type PolicyJobPayload, PolicyJobRuns, type PolicyJobsEnv } from '../../renewal';
import { PolicyExpiryStatements } from '../infrastructure/policy-expiry.statements';

/** Recorded as `changedBy` of the policies the job expires. */
export const POLICY_JOBS_ACTOR = 'system:policy-expiry';

/**
 * Nightly expiry (§3 "Scheduled job"): every current policy whose expiry date is before the run date
 * becomes Expired, whatever its status, in batches of POLICY_EXPIRY_BATCH_SIZE, each in a transaction of
 * its own with its history rows, one `policiesExpired` event and the run's count. Batches commit as they go
 * (a national night may expire many thousands): a failed attempt leaves the committed ones, and the retry
 * finds only the rest, as a second run the same day finds nothing. The job's own transaction marks the run
 * SUCCEEDED. Registered with its schedule by PolicyJobsModule.forRoot.
 */
@Injectable()
export class PolicyExpiryProcessor implements JobHandler<PolicyJobPayload, { runDate: string; expired: number }> {
  private readonly logger = new Logger('PolicyExpiry');

  constructor(
    private readonly em: EntityManager,
    @InjectPolicyJobsEnv() private readonly env: PolicyJobsEnv,
  ) {}

  async process(job: RunningJob<PolicyJobPayload>, tx: EntityManager): Promise<{ runDate: string; expired: number }> {
    const runs = new PolicyJobRuns(this.em.fork());
    const runDate = (await runs.runDateOf(job.id)) ?? calendarDateIn(job.scheduledFor ?? new Date(), this.env.POLICY_JOBS_TIME_ZONE);
    await runs.start(job.id, 'EXPIRY', job.schedule ? 'SCHEDULE' : 'MANUAL', runDate);
    let expired = 0;
    for (;;) {
      const batch = await this.em.fork().transactional(async (batchTx) => {
        const statements = new PolicyExpiryStatements(batchTx);
        const ids = await statements.pick(runDate, this.env.POLICY_EXPIRY_BATCH_SIZE);
        if (ids.length === 0) return 0;
        const policies = await statements.expire(ids, POLICY_JOBS_ACTOR);
        await BulkOutboxWriter.write(batchTx, [createEvent(policiesExpiredEvent, { subject: job.id, data: { expiredOn: runDate, policies } })]);
        await new PolicyJobRuns(batchTx).add(batchTx, job.id, { expired: policies.length });
        return policies.length;
      });
      if (batch === 0) break;
      expired += batch;
    }
    await new PolicyJobRuns(tx).finish(tx, job.id);
    job.afterCommit(() => this.logger.log(`Expiry run ${job.id} for ${runDate}: ${expired} policies expired`));
    return { runDate, expired };
  }

  async gaveUp(job: RunningJob<PolicyJobPayload>, error: Error, tx: EntityManager): Promise<void> {
    this.logger.error(`Expiry run ${job.id} failed: ${error.message}`);
    await new PolicyJobRuns(tx).fail(tx, job.id, error.message);
  }
}
