import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { expectVersion, flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import { claimAdminUpdatedEvent, createEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { CLAIM_ADMIN_FIELD_NAMES, checkClaimAdminFields, type ClaimAdminFieldsInput } from '../../domain/claim-admin-fields';
import { fieldsOf, sentOver } from '../../domain/sent-over';
import { userAdminErrors } from '../../domain/user-admin.errors';
import { CLAIM_ADMIN_CODE_UNIQUE_INDEX } from '../../infrastructure/user.indexes';
import type { AdminCommandMeta } from '../admin-command-meta';
import { claimAdminState } from './claim-admin-event-data';
import { findManagedClaimAdmin, isClaimAdminCodeTaken } from './claim-admin-records';
import { claimAdminReferenceErrors } from './claim-admin-references';
import { claimAdminView, type ClaimAdminView } from './claim-admin.view';

export interface UpdateClaimAdministratorData extends ClaimAdminFieldsInput {
  id: string;
  /** When given, the version the client read: a different current version is a conflict. */
  version?: number | null;
}

/** Changes the fields sent of a claim administrator (absent ones unchanged; the previous version goes to history). */
@Injectable()
export class UpdateClaimAdministrator implements UseCase<UpdateClaimAdministratorData, { claimAdministrator: ClaimAdminView }, AdminCommandMeta> {
  readonly operation = 'updateClaimAdministrator';

  async execute(
    tx: EntityManager,
    { id, version, ...data }: UpdateClaimAdministratorData,
    { actor, caller }: AdminCommandMeta,
  ): Promise<{ claimAdministrator: ClaimAdminView }> {
    const [admin, held] = await findManagedClaimAdmin(tx, id, caller.scope, data.userId);
    expectVersion(admin, version);
    const [fields] = orRefuse(checkClaimAdminFields(sentOver<ClaimAdminFieldsInput>(fieldsOf(admin, CLAIM_ADMIN_FIELD_NAMES), data)));
    const errors = await claimAdminReferenceErrors(tx, fields, caller.scope, held);
    if (errors.length > 0) refuse(...errors);
    if (await isClaimAdminCodeTaken(tx, fields.code, admin.id)) refuse(userAdminErrors.claimAdminCodeTaken(fields.code));
    tx.assign(admin, fields);
    admin.markChanged(actor);
    await flushOrRefuse(tx, { [CLAIM_ADMIN_CODE_UNIQUE_INDEX]: () => userAdminErrors.claimAdminCodeTaken(fields.code) });
    recordEvent(tx, createEvent(claimAdminUpdatedEvent, { subject: admin.id, data: claimAdminState(admin) }));
    return { claimAdministrator: claimAdminView(admin) };
  }
}
