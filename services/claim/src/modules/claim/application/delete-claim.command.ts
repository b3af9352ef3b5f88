import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { expectVersion, refuse, type UseCase } from '@imis/application';
import { claimDeletedEvent, createEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { isEditable } from '../domain/claim-state-rules';
import { claimErrors } from '../domain/claim.errors';
import { currentLines } from '../infrastructure/claim-lines';
import type { ClaimCommandMeta } from './claim-command-meta';
import { claimInScope } from './claim-in-scope';
import { claimView, type ClaimView } from './claim.view';

export interface DeleteClaimData {
  id: string;
  version?: number | null;
}

/** Soft-deletes an Entered claim not yet submitted; it and its lines stay as history, and its code is free again. */
@Injectable()
export class DeleteClaim implements UseCase<DeleteClaimData, { claim: ClaimView }, ClaimCommandMeta> {
  readonly operation = 'deleteClaim';

  async execute(tx: EntityManager, data: DeleteClaimData, { actor, scope }: ClaimCommandMeta): Promise<{ claim: ClaimView }> {
    const claim = await claimInScope(tx, data.id, scope);
    expectVersion(claim, data.version);
    if (!isEditable(claim)) refuse(claimErrors.notEditable());
    claim.markDeleted(actor);
    await tx.flush();
    const { id, code, healthFacilityId, insureeId, version } = claim;
    recordEvent(tx, createEvent(claimDeletedEvent, { subject: id, data: { id, code, healthFacilityId, insureeId, version } }));
    return { claim: claimView(claim, (await currentLines(tx, [claim.id])).get(claim.id)!) };
  }
}
