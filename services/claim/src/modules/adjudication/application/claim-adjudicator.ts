import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ClaimLines } from '../../claim/application/claim.view';
import { Claim } from '../../claim/infrastructure/claim.entity';
import { currentLines } from '../../claim/infrastructure/claim-lines';
import { adjudicateBatch } from '../domain';
import { loadBatch } from '../infrastructure/adjudication.loader';
import { lockFamilies, queuedInSubmissionOrder, queuedOfBatch } from '../infrastructure/adjudication.statements';
import { addUsage, applyAdjudication, insertDedRem } from '../infrastructure/adjudication.writer';
import { recordAdjudicated } from './adjudication-events';
import { AdjudicationSettings } from './adjudication-settings';

export const ADJUDICATION_ACTOR = 'adjudication';

export interface BatchOutcome {
  /** Claims adjudicated by this transaction, in submission order, with their status and submission time. */
  readonly adjudicated: readonly { id: string; status: string; submittedAt: Date | null }[];
}

/**
 * One adjudication batch in the caller's transaction: locks the families of the batch's queued claims (sorted), reads
 * every queued claim of those families submitted up to the batch's last one, in submission order (claims already
 * adjudicated are not queued any more: a retried job or a job whose claims another batch took does nothing twice),
 * loads their data set-based, runs the rules in memory and writes results, lines, counters and events.
 */
@Injectable()
export class ClaimAdjudicator {
  constructor(private readonly settings: AdjudicationSettings) {}

  async adjudicate(tx: EntityManager, claimIds: readonly string[]): Promise<BatchOutcome> {
    const { lockKeys, lastSeq } = await queuedOfBatch(tx, claimIds);
    if (lastSeq === null) return { adjudicated: [] };
    await lockFamilies(tx, lockKeys);
    const ids = await queuedInSubmissionOrder(tx, lockKeys, lastSeq);
    if (ids.length === 0) return { adjudicated: [] };
    const found = await tx.find(Claim, { id: { $in: ids } });
    const byId = new Map(found.map((claim) => [claim.id, claim]));
    const claims = ids.map((id) => byId.get(id)!).filter(Boolean);
    const lines = await currentLines(tx, ids);
    const { claims: inputs, context } = await loadBatch(tx, claims, lines, this.settings.ageOfMajority);
    const { results, usage } = adjudicateBatch(inputs, context, { rules: this.settings.rules, valuate: this.settings.valuate });

    const at = new Date();
    results.forEach((result, index) => applyAdjudication(claims[index], lines.get(claims[index].id)!, result, ADJUDICATION_ACTOR, at));
    await tx.flush();
    await insertDedRem(tx, results.flatMap((result) => result.dedRem));
    await addUsage(tx, context.usage, usage);
    results.forEach((result, index) => recordAdjudicated(tx, claims[index], lines.get(claims[index].id) as ClaimLines, result));
    await tx.flush();
    return { adjudicated: claims.map((claim) => ({ id: claim.id, status: claim.status, submittedAt: claim.submittedAt })) };
  }
}
