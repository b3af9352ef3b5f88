import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { claimAdminCreatedEvent, claimAdminDeletedEvent, claimAdminUpdatedEvent, createEvent } from '@imis/contracts';
import { flushOrRefuse, orRefuse, refuse } from '@imis/application';
import type { DomainError } from '@imis/kernel';
import { ProjectedHealthFacility } from '@imis/location-projection';
import { recordEvent } from '@imis/messaging';
import { isUuid } from '@imis/persistence';
import { checkClaimAdminFields, type ClaimAdminFields, type ClaimAdminFieldsInput } from '../../domain/claim-admin-fields';
import { mayManageStaffMember, type HeldLocations } from '../../domain/scope-rules';
import { userAdminErrors } from '../../domain/user-admin.errors';
import { ClaimAdministrator } from '../../infrastructure/claim-administrator.entity';
import { CLAIM_ADMIN_CODE_UNIQUE_INDEX } from '../../infrastructure/user.indexes';
import { runCommand, type AdminCommandMeta } from '../caller';
import { linkedUser, lockHeldLocations } from '../held-locations';
import { checkHealthFacility, checkLinkedUser, checkNewId } from '../references';
import { claimAdminScopeCondition } from './claim-admin.queries';
import { claimAdminState, claimAdminView, type ClaimAdminView } from './claim-admin.view';

export interface CreateClaimAdminData extends ClaimAdminFieldsInput {
  id?: string | null;
}

export interface UpdateClaimAdminData extends ClaimAdminFieldsInput {
  id: string;
  version?: number | null;
}

type ClaimAdminResult = Promise<{ claimAdministrator: ClaimAdminView }>;

/** Registering, replacing and deleting claim administrators. */
@Injectable()
export class ClaimAdminHandlers {
  constructor(private readonly em: EntityManager) {}

  create({ id, ...data }: CreateClaimAdminData, meta: AdminCommandMeta) {
    return runCommand(this.em, { ...meta, operation: 'createClaimAdministrator' }, async (tx): ClaimAdminResult => {
      const [fields] = orRefuse(checkClaimAdminFields(data));
      const errors = await referenceErrors(tx, fields, meta, await lockHeldLocations(tx, [fields.userId]));
      await checkNewId(tx, ClaimAdministrator, id, errors);
      if (errors.length > 0) refuse(...errors);
      if (await isCodeTaken(tx, fields.code)) refuse(userAdminErrors.claimAdminCodeTaken(fields.code));
      const admin = tx.create(ClaimAdministrator, { ...fields, ...(id ? { id } : {}), changedBy: meta.actor });
      await flushOrRefuse(tx, { [CLAIM_ADMIN_CODE_UNIQUE_INDEX]: () => userAdminErrors.claimAdminCodeTaken(fields.code) });
      recordEvent(tx, createEvent(claimAdminCreatedEvent, { subject: admin.id, data: claimAdminState(admin) }));
      return { claimAdministrator: claimAdminView(admin) };
    });
  }

  update({ id, version, ...data }: UpdateClaimAdminData, meta: AdminCommandMeta) {
    return runCommand(this.em, { ...meta, operation: 'updateClaimAdministrator' }, async (tx): ClaimAdminResult => {
      const [admin, held] = await findManaged(tx, id, meta, data.userId);
      if (version != null && version !== admin.version) refuse(userAdminErrors.versionConflict(admin.version));
      const [fields] = orRefuse(checkClaimAdminFields(data));
      const errors = await referenceErrors(tx, fields, meta, held);
      if (errors.length > 0) refuse(...errors);
      if (await isCodeTaken(tx, fields.code, admin.id)) refuse(userAdminErrors.claimAdminCodeTaken(fields.code));
      tx.assign(admin, fields);
      admin.markChanged(meta.actor);
      await flushOrRefuse(tx, { [CLAIM_ADMIN_CODE_UNIQUE_INDEX]: () => userAdminErrors.claimAdminCodeTaken(fields.code) });
      recordEvent(tx, createEvent(claimAdminUpdatedEvent, { subject: admin.id, data: claimAdminState(admin) }));
      return { claimAdministrator: claimAdminView(admin) };
    });
  }

  delete({ id }: { id: string }, meta: AdminCommandMeta) {
    return runCommand(this.em, { ...meta, operation: 'deleteClaimAdministrator' }, async (tx): ClaimAdminResult => {
      const [admin] = await findManaged(tx, id, meta);
      admin.markDeleted(meta.actor);
      await tx.flush();
      recordEvent(tx, createEvent(claimAdminDeletedEvent, { subject: admin.id, data: claimAdminState(admin) }));
      return { claimAdministrator: claimAdminView(admin) };
    });
  }
}

async function referenceErrors(em: EntityManager, fields: ClaimAdminFields, meta: AdminCommandMeta, held: ReadonlyMap<string, HeldLocations>): Promise<DomainError[]> {
  const errors: DomainError[] = [];
  await checkHealthFacility(em, fields.healthFacilityId, meta.caller.scope, errors);
  checkLinkedUser(fields.userId, meta.caller.scope, held, errors);
  return errors;
}

/**
 * A current claim administrator the caller may change, with what its login and the new login
 * (`newUserId`) hold, both locked; otherwise refused as not found, like an unknown id. Its facility's
 * district and its login must lie inside the caller's scope: changing it changes what its login may reach.
 */
async function findManaged(em: EntityManager, id: string, meta: AdminCommandMeta, newUserId?: string | null): Promise<[ClaimAdministrator, Map<string, HeldLocations>]> {
  const { scope } = meta.caller;
  const admin = isUuid(id) ? await em.findOne(ClaimAdministrator, { $and: [{ id, deletedAt: null }, await claimAdminScopeCondition(em, scope)] }) : null;
  const held = admin ? await lockHeldLocations(em, [admin.userId, newUserId]) : new Map<string, HeldLocations>();
  const facility = admin && (await em.findOne(ProjectedHealthFacility, { id: admin.healthFacilityId }));
  if (!admin || !mayManageStaffMember(scope, facility ? [facility.districtId] : [], linkedUser(held, admin.userId))) {
    refuse(userAdminErrors.notFound('CLAIM_ADMINISTRATOR'));
  }
  return [admin, held];
}

async function isCodeTaken(em: EntityManager, code: string, exceptId?: string): Promise<boolean> {
  const found = await em.findOne(ClaimAdministrator, { code, deletedAt: null });
  return found !== null && found.id !== exceptId;
}
