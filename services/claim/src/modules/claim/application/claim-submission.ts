import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { claimSubmittedEvent, type CloudEvent, createEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import type { Claim } from '../infrastructure/claim.entity';
import { currentLines } from '../infrastructure/claim-lines';
import { ClaimQueue } from './claim-queue';
import { claimState, claimView, type ClaimLines, type ClaimView } from './claim.view';

/** Marks Entered claims as submitted (queued for adjudication), records their events and hands them to the queue. */
@Injectable()
export class ClaimSubmission {
  constructor(private readonly queue: ClaimQueue) {}

  /** Submits stored Entered claims (managed: the flush writes them, their previous version to history). */
  async submit(tx: EntityManager, claims: readonly Claim[], actor: string): Promise<ClaimView[]> {
    if (claims.length === 0) return [];
    const at = new Date();
    for (const claim of claims) markSubmitted(claim, actor, at);
    await tx.flush();
    const lines = await currentLines(tx, claims.map((claim) => claim.id));
    for (const claim of claims) recordEvent(tx, submittedEvent(claim, lines.get(claim.id)!));
    await this.enqueue(tx, claims.map((claim) => claim.id));
    return claims.map((claim) => claimView(claim, lines.get(claim.id)!));
  }

  /** Marks claims being entered (not written yet) as submitted in their first version; their `submitted` events. */
  markSubmitted(entered: readonly { claim: Claim; lines: ClaimLines }[], actor: string, at: Date): CloudEvent<unknown>[] {
    return entered.map(({ claim, lines }) => {
      markSubmitted(claim, actor, at);
      return submittedEvent(claim, lines);
    });
  }

  /** Hands written, submitted claims to the queue (their submission numbers, and the adjudication jobs). */
  enqueue(tx: EntityManager, claimIds: readonly string[]): Promise<void> {
    return this.queue.enqueue(tx, claimIds);
  }
}

function markSubmitted(claim: Claim, actor: string, at: Date): void {
  claim.queued = true;
  claim.adjudicationError = null;
  claim.submittedAt = at;
  claim.submittedBy = actor;
  claim.markChanged(actor, at);
}

function submittedEvent(claim: Claim, lines: ClaimLines): CloudEvent<unknown> {
  return createEvent(claimSubmittedEvent, { subject: claim.id, data: claimState(claim, lines) });
}
