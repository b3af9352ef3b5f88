import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { claimSetAsideEvent, createEvent } from '@imis/contracts';
import { BulkOutboxWriter } from '@imis/messaging';
import { selectEntities, uuidArrayLiteral } from '@imis/persistence';
import { Claim, claimState, currentLines, type ClaimLines } from '../../claim';
import { adjudicateBatch, explainLine, UsageLedger, valuateClaim, type ClaimAdjudication, type LineValuation, type UsageCounters } from '../domain';
import { loadBatch } from '../infrastructure/adjudication.loader';
import { lastOf, lockFamilies, lockKeysOf, lockWaitingFamilies, queuedInSubmissionOrder, queuedOfBatch, tryLockFamilies, type KeyedClaim } from '../infrastructure/adjudication.statements';
import { addUsage, applyAdjudication, insertDedRem, setAsideClaims, writeAdjudicated } from '../infrastructure/adjudication.writer';
import { adjudicatedEvents } from './adjudication-events';
import { AdjudicationSettings } from './adjudication-settings';
import { failureReason, familiesApart, type FailedFamily } from './families-apart';
import { storedCheck } from './stored-check';

export const ADJUDICATION_ACTOR = 'adjudication';

export interface BatchOutcome {
  /** Claims adjudicated by this transaction, in submission order, with their status and submission time. */
  readonly adjudicated: readonly AdjudicatedClaim[];
  /** Claims of the batch left queued because another batch held their families: for a later job. */
  readonly deferred: readonly string[];
  /** Claims taken out of the queue because their family's adjudication failed (only when failures are set aside). */
  readonly setAside: readonly FailedFamily[];
}

export interface AdjudicatedClaim {
  readonly id: string;
  readonly status: string;
  readonly submittedAt: Date | null;
}

const NOTHING: BatchOutcome = { adjudicated: [], deferred: [], setAside: [] };

/**
 * One adjudication batch in the caller's transaction: locks the families of the batch's queued claims that no other
 * batch holds (the others' claims are deferred to a later job, rather than the whole batch waiting for one family:
 * with 8 batches of 100 random insurees at once, half of them shared a family with another and waited for its whole
 * transaction), or waits for them all when every one is held (nothing else to do meanwhile); tops the batch up with
 * the families of the oldest other waiting claims that no other worker holds (lockWaitingFamilies), reads every queued
 * claim of those families submitted up to the batch's last one, in submission order (claims already adjudicated are
 * not queued any more: a retried job or a job whose claims another batch took does nothing twice), loads their data
 * set-based, runs the rules in memory and writes results, lines, counters and events.
 *
 * With `setAsideFailures` (a job's last attempt) a failure does not fail the batch: the batch runs under a savepoint
 * and, when it throws, again family by family, each under its own; a family whose claims still fail is set aside
 * (setAside). Without it, one claim the rules cannot adjudicate would fail every batch its family or the top-up
 * brings it into, and stop the pool.
 */
@Injectable()
export class ClaimAdjudicator {
  constructor(private readonly settings: AdjudicationSettings) {}

  async adjudicate(tx: EntityManager, claimIds: readonly string[], options: { setAsideFailures?: boolean } = {}): Promise<BatchOutcome> {
    const queued = await queuedOfBatch(tx, claimIds);
    const lastSeq = lastOf(queued);
    if (lastSeq === null) return NOTHING;
    const keys = [...new Set(queued.map((claim) => claim.key))].sort();
    let held = await tryLockFamilies(tx, keys);
    if (held.size === 0) {
      await lockFamilies(tx, keys);
      held = new Set(keys);
    }
    const deferred = queued.filter((claim) => !held.has(claim.key)).map((claim) => claim.id);
    const waiting = await lockWaitingFamilies(tx, this.settings.batchSize - claimIds.length, keys);
    const upTo = waiting.lastSeq !== null && BigInt(waiting.lastSeq) > BigInt(lastSeq) ? waiting.lastSeq : lastSeq;
    const ids = await queuedInSubmissionOrder(tx, [...held, ...waiting.keys], upTo);
    if (ids.length === 0) return { ...NOTHING, deferred };
    if (!options.setAsideFailures) return { adjudicated: await this.adjudicateClaims(tx, ids), deferred, setAside: [] };
    return { ...(await this.adjudicateSettingAside(tx, await lockKeysOf(tx, ids))), deferred };
  }

  /** Loads, adjudicates and writes these claims (queued, in submission order), set-based. */
  private async adjudicateClaims(tx: EntityManager, ids: readonly string[]): Promise<AdjudicatedClaim[]> {
    const { claims, lines } = await loadUnmanaged(tx, ids);
    const { claims: inputs, context } = await loadBatch(tx, claims, lines, this.settings.ageOfMajority);
    const { results, usage } = adjudicateBatch(inputs, context, { rules: this.settings.rules, valuate: this.settings.valuate });
    await this.write(tx, claims, lines, results, context.usage, usage);
    return claims.map((claim) => ({ id: claim.id, status: claim.status, submittedAt: claim.submittedAt }));
  }

  /** The claims adjudicated family apart when the batch fails (familiesApart); the families that still fail are set aside. */
  private async adjudicateSettingAside(tx: EntityManager, taken: readonly KeyedClaim[]): Promise<Omit<BatchOutcome, 'deferred'>> {
    const { done, failed } = await familiesApart(tx, taken, (inner, ids) => this.adjudicateClaims(inner, ids));
    for (const family of failed) await this.setAside(tx, family.claimIds, failureReason(family.error));
    return { adjudicated: done.flat(), setAside: failed };
  }

  /** Takes claims out of the queue with why (still ENTERED, for a user to correct and submit again), with their events. */
  private async setAside(tx: EntityManager, claimIds: readonly string[], reason: string): Promise<void> {
    await setAsideClaims(tx, claimIds, reason, ADJUDICATION_ACTOR, new Date());
    const { claims, lines } = await loadUnmanaged(tx, claimIds);
    await BulkOutboxWriter.write(tx, claims.map((claim) => createEvent(claimSetAsideEvent, { subject: claim.id, data: claimState(claim, lines.get(claim.id)!) })));
  }

  /**
   * Valuates Checked claims (a scheme without CLAIM_AUTO_PROCESS), in submission order, under the same family locks:
   * their stored check (lines, products, policies) is what valuation starts from; deductibles and ceilings are consumed now.
   * Returns the claims as written, with their lines, and the families whose valuation failed (familiesApart: nothing
   * of theirs written, the others valuated).
   */
  async valuateChecked(tx: EntityManager, ids: readonly string[]): Promise<{ claims: Claim[]; lines: Map<string, ClaimLines>; failed: FailedFamily[] }> {
    if (ids.length === 0) return { claims: [], lines: new Map(), failed: [] };
    const keyed = await lockKeysOf(tx, ids);
    await lockFamilies(tx, [...new Set(keyed.map((claim) => claim.key))].sort());
    const { done, failed } = await familiesApart(tx, keyed, (inner, familyIds) => this.valuate(inner, familyIds));
    return { claims: done.flatMap((valuated) => valuated.claims), lines: new Map(done.flatMap((valuated) => [...valuated.lines])), failed };
  }

  private async valuate(tx: EntityManager, ids: readonly string[]): Promise<{ claims: Claim[]; lines: Map<string, ClaimLines> }> {
    const loaded = await loadUnmanaged(tx, ids);
    const ordered = [...loaded.claims].sort((a, b) => (BigInt(a.submissionSeq ?? 0) < BigInt(b.submissionSeq ?? 0) ? -1 : 1));
    const { lines } = loaded;
    const { claims: inputs, context } = await loadBatch(tx, ordered, lines, this.settings.ageOfMajority);
    const ledger = new UsageLedger(context.usage);
    const results = ordered.map((claim, index): ClaimAdjudication => {
      const checked = storedCheck(claim, lines.get(claim.id)!, inputs[index], context);
      const valuated = valuateClaim(inputs[index], checked, context, ledger);
      return {
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
    });
    await this.write(tx, ordered, lines, results, context.usage, ledger.snapshot());
    return { claims: ordered, lines };
  }

  /** Results, lines, history, ded-rem rows, counters and events of a batch, set-based in the caller's transaction. */
  private async write(
    tx: EntityManager,
    claims: readonly Claim[],
    lines: Map<string, ClaimLines>,
    results: readonly ClaimAdjudication[],
    before: UsageCounters,
    after: UsageCounters,
  ): Promise<void> {
    const at = new Date();
    results.forEach((result, index) => applyAdjudication(claims[index], lines.get(claims[index].id)!, result, ADJUDICATION_ACTOR, at));
    await writeAdjudicated(tx, claims, lines, ADJUDICATION_ACTOR, at);
    await insertDedRem(tx, results.flatMap((result) => result.dedRem));
    await addUsage(tx, before, after);
    await BulkOutboxWriter.write(tx, results.flatMap((result, index) => adjudicatedEvents(claims[index], lines.get(claims[index].id)!, result)));
  }
}

/** The claims (in the order of `ids`) and their current lines, outside the unit of work (selectEntities): writeAdjudicated stores them. */
async function loadUnmanaged(tx: EntityManager, ids: readonly string[]): Promise<{ claims: Claim[]; lines: Map<string, ClaimLines> }> {
  const found = await selectEntities(tx, Claim, 'id = any(?::uuid[])', [uuidArrayLiteral(ids)]);
  const byId = new Map(found.map((claim) => [claim.id, claim]));
  const claims = ids.map((id) => byId.get(id)).filter((claim): claim is Claim => claim !== undefined);
  return { claims, lines: await currentLines(tx, claims.map((claim) => claim.id), { unmanaged: true }) };
}
