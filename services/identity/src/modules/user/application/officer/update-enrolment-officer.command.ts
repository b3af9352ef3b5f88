import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { expectVersion, flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import { createEvent, officerUpdatedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { checkOfficerFields, OFFICER_FIELD_NAMES, type OfficerFieldsInput } from '../../domain/officer-fields';
import { fieldsOf, sentOver } from '../../domain/sent-over';
import { userAdminErrors } from '../../domain/user-admin.errors';
import { OFFICER_CODE_UNIQUE_INDEX } from '../../infrastructure/user.indexes';
import type { AdminCommandMeta } from '../admin-command-meta';
import { officerState } from './officer-event-data';
import { findManagedOfficer, isOfficerCodeTaken } from './officer-records';
import { officerReferenceErrors } from './officer-references';
import { officerView, type OfficerView } from './officer.view';

export interface UpdateEnrolmentOfficerData extends OfficerFieldsInput {
  id: string;
  /** When given, the version the client read: a different current version is a conflict. */
  version?: number | null;
}

/** Changes the fields sent of an enrolment officer (absent ones unchanged; the previous version goes to history). */
@Injectable()
export class UpdateEnrolmentOfficer implements UseCase<UpdateEnrolmentOfficerData, { enrolmentOfficer: OfficerView }, AdminCommandMeta> {
  readonly operation = 'updateEnrolmentOfficer';

  async execute(tx: EntityManager, { id, version, ...data }: UpdateEnrolmentOfficerData, { actor, caller }: AdminCommandMeta): Promise<{ enrolmentOfficer: OfficerView }> {
    const [officer, held] = await findManagedOfficer(tx, id, caller.scope, data.userId);
    expectVersion(officer, version);
    const [fields] = orRefuse(checkOfficerFields(sentOver<OfficerFieldsInput>(fieldsOf(officer, OFFICER_FIELD_NAMES), data)));
    const errors = await officerReferenceErrors(tx, officer.id, fields, caller.scope, held);
    if (errors.length > 0) refuse(...errors);
    if (await isOfficerCodeTaken(tx, fields.code, officer.id)) refuse(userAdminErrors.officerCodeTaken(fields.code));
    tx.assign(officer, fields);
    officer.markChanged(actor);
    await flushOrRefuse(tx, { [OFFICER_CODE_UNIQUE_INDEX]: () => userAdminErrors.officerCodeTaken(fields.code) });
    recordEvent(tx, createEvent(officerUpdatedEvent, { subject: officer.id, data: officerState(officer) }));
    return { enrolmentOfficer: officerView(officer) };
  }
}
