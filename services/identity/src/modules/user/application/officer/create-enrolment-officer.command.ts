import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import { createEvent, officerCreatedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { uuidv7 } from '@imis/persistence';
import { checkOfficerFields, type OfficerFieldsInput } from '../../domain/officer-fields';
import { userAdminErrors } from '../../domain/user-admin.errors';
import { EnrolmentOfficer } from '../../infrastructure/enrolment-officer.entity';
import { OFFICER_CODE_UNIQUE_INDEX } from '../../infrastructure/user.indexes';
import type { AdminCommandMeta } from '../admin-command-meta';
import { lockHeldLocations } from '../held-locations';
import { checkNewId } from '../references';
import { officerState } from './officer-event-data';
import { isOfficerCodeTaken } from './officer-records';
import { officerReferenceErrors } from './officer-references';
import { officerView, type OfficerView } from './officer.view';

export interface CreateEnrolmentOfficerData extends OfficerFieldsInput {
  /** A UUID chosen by the client; generated when not given. */
  id?: string | null;
}

/** Registers an enrolment officer in villages of the caller's scope, optionally linked to a user it signs in as. */
@Injectable()
export class CreateEnrolmentOfficer implements UseCase<CreateEnrolmentOfficerData, { enrolmentOfficer: OfficerView }, AdminCommandMeta> {
  readonly operation = 'createEnrolmentOfficer';

  async execute(tx: EntityManager, { id, ...data }: CreateEnrolmentOfficerData, { actor, caller }: AdminCommandMeta): Promise<{ enrolmentOfficer: OfficerView }> {
    const [fields] = orRefuse(checkOfficerFields(data));
    const officerId = id ?? uuidv7();
    const held = await lockHeldLocations(tx, [fields.userId]);
    const errors = await officerReferenceErrors(tx, officerId, fields, caller.scope, held);
    await checkNewId(tx, EnrolmentOfficer, id, errors);
    if (errors.length > 0) refuse(...errors);
    if (await isOfficerCodeTaken(tx, fields.code)) refuse(userAdminErrors.officerCodeTaken(fields.code));
    const officer = tx.create(EnrolmentOfficer, { ...fields, id: officerId, changedBy: actor });
    await flushOrRefuse(tx, { [OFFICER_CODE_UNIQUE_INDEX]: () => userAdminErrors.officerCodeTaken(fields.code) });
    recordEvent(tx, createEvent(officerCreatedEvent, { subject: officer.id, data: officerState(officer) }));
    return { enrolmentOfficer: officerView(officer) };
  }
}
