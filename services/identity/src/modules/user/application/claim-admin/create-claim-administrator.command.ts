import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import { claimAdminCreatedEvent, createEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { checkClaimAdminFields, type ClaimAdminFieldsInput } from '../../domain/claim-admin-fields';
import { userAdminErrors } from '../../domain/user-admin.errors';
import { ClaimAdministrator } from '../../infrastructure/claim-administrator.entity';
import { CLAIM_ADMIN_CODE_UNIQUE_INDEX } from '../../infrastructure/user.indexes';
import type { AdminCommandMeta } from '../admin-command-meta';
import { lockHeldLocations } from '../held-locations';
import { checkNewId } from '../references';
import { claimAdminState } from './claim-admin-event-data';
import { isClaimAdminCodeTaken } from './claim-admin-records';
import { claimAdminReferenceErrors } from './claim-admin-references';
import { claimAdminView, type ClaimAdminView } from './claim-admin.view';

export interface CreateClaimAdministratorData extends ClaimAdminFieldsInput {
  /** A UUID chosen by the client; generated when not given. */
  id?: string | null;
}

/** Registers a claim administrator of a facility in the caller's scope, optionally linked to a user it signs in as. */
@Injectable()
export class CreateClaimAdministrator implements UseCase<CreateClaimAdministratorData, { claimAdministrator: ClaimAdminView }, AdminCommandMeta> {
  readonly operation = 'createClaimAdministrator';

  async execute(tx: EntityManager, { id, ...data }: CreateClaimAdministratorData, { actor, caller }: AdminCommandMeta): Promise<{ claimAdministrator: ClaimAdminView }> {
    const [fields] = orRefuse(checkClaimAdminFields(data));
    const errors = await claimAdminReferenceErrors(tx, fields, caller.scope, await lockHeldLocations(tx, [fields.userId]));
    await checkNewId(tx, ClaimAdministrator, id, errors);
    if (errors.length > 0) refuse(...errors);
    if (await isClaimAdminCodeTaken(tx, fields.code)) refuse(userAdminErrors.claimAdminCodeTaken(fields.code));
    const admin = tx.create(ClaimAdministrator, { ...fields, ...(id ? { id } : {}), changedBy: actor });
    await flushOrRefuse(tx, { [CLAIM_ADMIN_CODE_UNIQUE_INDEX]: () => userAdminErrors.claimAdminCodeTaken(fields.code) });
    recordEvent(tx, createEvent(claimAdminCreatedEvent, { subject: admin.id, data: claimAdminState(admin) }));
    return { claimAdministrator: claimAdminView(admin) };
  }
}
