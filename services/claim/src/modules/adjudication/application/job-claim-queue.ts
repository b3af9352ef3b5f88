import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Optional } from '@nestjs/common';
import { JobEnqueuer } from '@imis/jobs';
import { ClaimQueue } from '../../claim';
import { numberSubmissions } from '../infrastructure/adjudication.statements';
import { claimAdjudicationQueue } from './adjudication.queue';
import { AdjudicationSettings } from './adjudication-settings';

/**
 * Submitted claims get their submission numbers and go to the adjudication queue in batches, in the submitting
 * transaction (the jobs reach Redis once it has committed). Without job queues in the process (print-schema) only
 * the numbers are given.
 */
@Injectable()
export class JobClaimQueue extends ClaimQueue {
  constructor(
    private readonly settings: AdjudicationSettings,
    @Optional() private readonly jobs?: JobEnqueuer,
  ) {
    super();
  }

  async enqueue(tx: EntityManager, claimIds: readonly string[]): Promise<void> {
    await numberSubmissions(tx, claimIds);
    if (!this.jobs) return;
    for (let from = 0; from < claimIds.length; from += this.settings.batchSize) {
      this.jobs.add(tx, claimAdjudicationQueue, { claimIds: claimIds.slice(from, from + this.settings.batchSize) });
    }
  }
}
