import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { UseCase } from '@imis/application';
import { claimAdminDeletedEvent, createEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import type { AdminCommandMeta } from '../admin-command-meta';
import { claimAdminState } from './claim-admin-event-data';
import { findManagedClaimAdmin } from './claim-admin-records';
import { claimAdminView, type ClaimAdminView } from './claim-admin.view';

export interface DeleteClaimAdministratorData {
  id: string;
}

/** Soft-deletes a claim administrator (kept as history); its login loses the facility's district at its next refresh. */
@Injectable()
export class DeleteClaimAdministrator implements UseCase<DeleteClaimAdministratorData, { claimAdministrator: ClaimAdminView }, AdminCommandMeta> {
  readonly operation = 'deleteClaimAdministrator';

  async execute(tx: EntityManager, { id }: DeleteClaimAdministratorData, { actor, caller }: AdminCommandMeta): Promise<{ claimAdministrator: ClaimAdminView }> {
    const [admin] = await findManagedClaimAdmin(tx, id, caller.scope);
    admin.markDeleted(actor);
    await tx.flush();
    recordEvent(tx, createEvent(claimAdminDeletedEvent, { subject: admin.id, data: claimAdminState(admin) }));
    return { claimAdministrator: claimAdminView(admin) };
  }
}
