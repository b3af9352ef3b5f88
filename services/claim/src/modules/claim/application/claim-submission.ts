import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { claimSubmittedEvent, createEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import type { Claim } from '../infrastructure/claim.entity';
import { currentLines } from '../infrastructure/claim-lines';
import { ClaimQueue } from './claim-queue';
import { claimState, claimView, type ClaimView } from './claim.view';

/** Marks Entered claims as submitted (queued for adjudication), records their events and hands them to the queue. */
@Injectable()
export class ClaimSubmission {
  constructor(private readonly queue: ClaimQueue) {}

  async submit(tx: EntityManager, claims: readonly Claim[], actor: string): Promise<ClaimView[]> {
    if (claims.length === 0) return [];
    const at = new Date();
    for (const claim of claims) {
      claim.queued = true;
      claim.submittedAt = at;
      claim.submittedBy = actor;
      claim.markChanged(actor, at);
    }
    await tx.flush();
    const lines = await currentLines(tx, claims.map((claim) => claim.id));
    for (const claim of claims) recordEvent(tx, createEvent(claimSubmittedEvent, { subject: claim.id, data: claimState(claim, lines.get(claim.id)!) }));
    await this.queue.enqueue(tx, claims.map((claim) => claim.id));
    return claims.map((claim) => claimView(claim, lines.get(claim.id)!));
  }
}
