import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { createEvent, officerCreatedEvent, officerDeletedEvent, officerUpdatedEvent } from '@imis/contracts';
import { flushOrRefuse, orRefuse, refuse } from '@imis/application';
import type { DomainError } from '@imis/kernel';
import { recordEvent } from '@imis/messaging';
import { isUuid, uuidv7 } from '@imis/persistence';
import { checkOfficerFields, type OfficerFields, type OfficerFieldsInput } from '../../domain/officer-fields';
import { mayManageStaffMember, type HeldLocations } from '../../domain/scope-rules';
import { checkSubstitution } from '../../domain/substitution-chain';
import { userAdminErrors } from '../../domain/user-admin.errors';
import { EnrolmentOfficer } from '../../infrastructure/enrolment-officer.entity';
import { OFFICER_CODE_UNIQUE_INDEX } from '../../infrastructure/user.indexes';
import { runCommand, type AdminCommandMeta } from '../caller';
import { linkedUser, lockHeldLocations } from '../held-locations';
import { checkLinkedUser, checkNewId, checkVillages } from '../references';
import { officerScopeCondition } from './officer.queries';
import { officerState, officerView, type OfficerView } from './officer.view';

export interface CreateOfficerData extends OfficerFieldsInput {
  id?: string | null;
}

export interface UpdateOfficerData extends OfficerFieldsInput {
  id: string;
  version?: number | null;
}

type OfficerResult = Promise<{ enrolmentOfficer: OfficerView }>;

/** Registering, replacing and deleting enrolment officers. */
@Injectable()
export class OfficerHandlers {
  constructor(private readonly em: EntityManager) {}

  create({ id, ...data }: CreateOfficerData, meta: AdminCommandMeta) {
    return runCommand(this.em, { ...meta, operation: 'createEnrolmentOfficer' }, async (tx): OfficerResult => {
      const [fields] = orRefuse(checkOfficerFields(data));
      const officerId = id ?? uuidv7();
      const held = await lockHeldLocations(tx, [fields.userId]);
      const errors = await this.referenceErrors(tx, officerId, fields, meta, held);
      await checkNewId(tx, EnrolmentOfficer, id, errors);
      if (errors.length > 0) refuse(...errors);
      if (await isCodeTaken(tx, fields.code)) refuse(userAdminErrors.officerCodeTaken(fields.code));
      const officer = tx.create(EnrolmentOfficer, { ...fields, id: officerId, changedBy: meta.actor });
      await flushOrRefuse(tx, { [OFFICER_CODE_UNIQUE_INDEX]: () => userAdminErrors.officerCodeTaken(fields.code) });
      recordEvent(tx, createEvent(officerCreatedEvent, { subject: officer.id, data: officerState(officer) }));
      return { enrolmentOfficer: officerView(officer) };
    });
  }

  update({ id, version, ...data }: UpdateOfficerData, meta: AdminCommandMeta) {
    return runCommand(this.em, { ...meta, operation: 'updateEnrolmentOfficer' }, async (tx): OfficerResult => {
      const [officer, held] = await findManaged(tx, id, meta, data.userId);
      if (version != null && version !== officer.version) refuse(userAdminErrors.versionConflict(officer.version));
      const [fields] = orRefuse(checkOfficerFields(data));
      const errors = await this.referenceErrors(tx, officer.id, fields, meta, held);
      if (errors.length > 0) refuse(...errors);
      if (await isCodeTaken(tx, fields.code, officer.id)) refuse(userAdminErrors.officerCodeTaken(fields.code));
      tx.assign(officer, fields);
      officer.markChanged(meta.actor);
      await flushOrRefuse(tx, { [OFFICER_CODE_UNIQUE_INDEX]: () => userAdminErrors.officerCodeTaken(fields.code) });
      recordEvent(tx, createEvent(officerUpdatedEvent, { subject: officer.id, data: officerState(officer) }));
      return { enrolmentOfficer: officerView(officer) };
    });
  }

  delete({ id }: { id: string }, meta: AdminCommandMeta) {
    return runCommand(this.em, { ...meta, operation: 'deleteEnrolmentOfficer' }, async (tx): OfficerResult => {
      const [officer] = await findManaged(tx, id, meta);
      officer.markDeleted(meta.actor);
      await tx.flush();
      recordEvent(tx, createEvent(officerDeletedEvent, { subject: officer.id, data: officerState(officer) }));
      return { enrolmentOfficer: officerView(officer) };
    });
  }

  private async referenceErrors(
    em: EntityManager,
    officerId: string,
    fields: OfficerFields,
    meta: AdminCommandMeta,
    held: ReadonlyMap<string, HeldLocations>,
  ): Promise<DomainError[]> {
    const errors: DomainError[] = [];
    await checkVillages(em, fields.villageIds, meta.caller.scope, errors);
    checkLinkedUser(fields.userId, meta.caller.scope, held, errors);
    if (fields.substitutionOfficerId !== null) {
      const substitute = fields.substitutionOfficerId;
      const chain = await substitutionChain(em, substitute);
      const known = substitute === officerId || (chain.has(substitute) && (await isVisible(em, substitute, meta)));
      if (!known) errors.push(userAdminErrors.unknownSubstitutionOfficer());
      else {
        const loop = checkSubstitution(officerId, fields.substitutionOfficerId, chain);
        if (!loop.ok) errors.push(...loop.errors);
      }
    }
    return errors;
  }
}

/** The current officers reachable from `startId` along substitutions, with their substitutes (one recursive query). */
async function substitutionChain(em: EntityManager, startId: string): Promise<Map<string, string | null>> {
  if (!isUuid(startId)) return new Map();
  const rows = await em.execute<{ id: string; substitution_officer_id: string | null }[]>(
    `with recursive chain(id, substitution_officer_id) as (
       select id, substitution_officer_id from enrolment_officer where id = ? and deleted_at is null
       union
       select o.id, o.substitution_officer_id from enrolment_officer o join chain c on o.id = c.substitution_officer_id
       where o.deleted_at is null
     ) select id, substitution_officer_id from chain`,
    [startId],
  );
  return new Map(rows.map((row) => [row.id, row.substitution_officer_id]));
}

/**
 * A current officer the caller may change, with what its login and the new login (`newUserId`) hold,
 * both locked; otherwise refused as not found, like an unknown id. The caller must see it, and it and
 * its login must lie inside the caller's scope: changing the officer changes what its login may reach.
 */
async function findManaged(em: EntityManager, id: string, meta: AdminCommandMeta, newUserId?: string | null): Promise<[EnrolmentOfficer, Map<string, HeldLocations>]> {
  const officer = isUuid(id) ? await em.findOne(EnrolmentOfficer, { $and: [{ id, deletedAt: null }, officerScopeCondition(meta.caller.scope)] }) : null;
  const held = officer ? await lockHeldLocations(em, [officer.userId, newUserId]) : new Map<string, HeldLocations>();
  if (!officer || !mayManageStaffMember(meta.caller.scope, officer.villageIds, linkedUser(held, officer.userId))) refuse(userAdminErrors.notFound('ENROLMENT_OFFICER'));
  return [officer, held];
}

/** A substitute must be an officer the caller sees: naming one outside its scope is refused as unknown. */
async function isVisible(em: EntityManager, id: string, meta: AdminCommandMeta): Promise<boolean> {
  return (await em.count(EnrolmentOfficer, { $and: [{ id, deletedAt: null }, officerScopeCondition(meta.caller.scope)] })) > 0;
}

async function isCodeTaken(em: EntityManager, code: string, exceptId?: string): Promise<boolean> {
  const found = await em.findOne(EnrolmentOfficer, { code, deletedAt: null });
  return found !== null && found.id !== exceptId;
}
