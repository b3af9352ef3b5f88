import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Claim, currentLines, type ClaimLines } from '../../claim';
import { adjudicateBatch, explainLine, UsageLedger, valuateClaim, type ClaimAdjudication, type LineValuation } from '../domain';
import { loadBatch } from '../infrastructure/adjudication.loader';
import { familyKeys, lockFamilies, queuedInSubmissionOrder, queuedOfBatch } from '../infrastructure/adjudication.statements';
import { addUsage, applyAdjudication, insertDedRem } from '../infrastructure/adjudication.writer';
import { recordAdjudicated } from './adjudication-events';
import { AdjudicationSettings } from './adjudication-settings';
import { storedCheck } from './stored-check';

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

  /**
   * Valuates Checked claims (a scheme without CLAIM_AUTO_PROCESS), in submission order, under the same family locks:
   * their stored check (lines, products, policies) is what valuation starts from; deductibles and ceilings are consumed now.
   */
  async valuateChecked(tx: EntityManager, claims: readonly Claim[]): Promise<void> {
    if (claims.length === 0) return;
    await lockFamilies(tx, await familyKeys(tx, claims.map((claim) => claim.insureeId)));
    const ordered = [...claims].sort((a, b) => (BigInt(a.submissionSeq ?? 0) < BigInt(b.submissionSeq ?? 0) ? -1 : 1));
    const lines = await currentLines(tx, ordered.map((claim) => claim.id));
    const { claims: inputs, context } = await loadBatch(tx, ordered, lines, this.settings.ageOfMajority);
    const ledger = new UsageLedger(context.usage);
    const at = new Date();
    const results = ordered.map((claim, index) => {
      const checked = storedCheck(claim, lines.get(claim.id)!, inputs[index], context);
      const valuated = valuateClaim(inputs[index], checked, context, ledger);
      const result: ClaimAdjudication = {
        claimId: claim.id,
        status: valuated.status,
        rejectionReason: 0,
        category: checked.category,
        approved: checked.approved,
        valuated: valuated.valuated,
        remunerated: valuated.remunerated,
        trace: checked.trace,
        dedRem: valuated.dedRem,
        lines: checked.lines.map((line) => {
          const valuation = valuated.lines.get(line.lineId);
          const trace = valuation ? [...line.trace.filter((entry) => entry.check !== 'valuation'), valuation.trace] : line.trace;
          const { trace: _trace, ...amounts } = valuation ?? { trace: null };
          return { ...line, valuation: valuation ? (amounts as Omit<LineValuation, 'trace'>) : null, trace, explanation: explainLine(trace) };
        }),
      };
      applyAdjudication(claim, lines.get(claim.id)!, result, ADJUDICATION_ACTOR, at);
      return result;
    });
    await tx.flush();
    await insertDedRem(tx, results.flatMap((result) => result.dedRem));
    await addUsage(tx, context.usage, ledger.snapshot());
    results.forEach((result, index) => recordAdjudicated(tx, ordered[index], lines.get(ordered[index].id)!, result));
    await tx.flush();
  }
}
