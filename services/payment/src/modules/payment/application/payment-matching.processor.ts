import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { JobProcessor, type JobHandler, type RunningJob } from '@imis/jobs';
import { InjectPaymentEnv, type PaymentMatchingEnv } from './payment-env';
import { type ChunkOutcome, PaymentMatcher } from './payment-matcher';
import { paymentMatchingQueue, type PaymentMatchingPayload } from './payment-matching.queue';

/**
 * Runs matching jobs (queue `payment-matching`). A payment's job matches it and up to a chunk of others
 * waiting, in the job's transaction (effects and job state commit together; a retry finds what is left). The
 * bulk job (`all`) matches every received payment, each chunk of PAYMENT_MATCH_CHUNK in its own transaction,
 * as they commit (a failed attempt keeps the chunks done; the retry goes on with the rest).
 */
@JobProcessor(paymentMatchingQueue)
@Injectable()
export class PaymentMatchingProcessor implements JobHandler<PaymentMatchingPayload, ChunkOutcome> {
  private readonly logger = new Logger('PaymentMatching');

  constructor(
    private readonly em: EntityManager,
    private readonly matcher: PaymentMatcher,
    @InjectPaymentEnv() private readonly env: PaymentMatchingEnv,
  ) {}

  async process(job: RunningJob<PaymentMatchingPayload>, tx: EntityManager): Promise<ChunkOutcome> {
    const size = this.env.PAYMENT_MATCH_CHUNK;
    if ('paymentId' in job.payload) return this.matcher.matchChunk(tx, size, job.payload.paymentId);
    const total = { matched: 0, rejected: 0, notified: 0 };
    for (;;) {
      const chunk = await this.em.fork().transactional((chunkTx) => this.matcher.matchChunk(chunkTx, size));
      if (chunk.matched + chunk.rejected === 0) break;
      total.matched += chunk.matched;
      total.rejected += chunk.rejected;
      total.notified += chunk.notified;
    }
    job.afterCommit(() => this.logger.log(`Matching run ${job.id}: ${total.matched} matched, ${total.rejected} rejected, ${total.notified} payers notified`));
    return total;
  }
}
