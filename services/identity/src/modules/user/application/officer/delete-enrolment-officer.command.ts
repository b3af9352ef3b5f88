import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { UseCase } from '@imis/application';
import { createEvent, officerDeletedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import type { AdminCommandMeta } from '../admin-command-meta';
import { officerState } from './officer-event-data';
import { findManagedOfficer } from './officer-records';
import { officerView, type OfficerView } from './officer.view';

export interface DeleteEnrolmentOfficerData {
  id: string;
}

/** Soft-deletes an enrolment officer (kept as history); its login loses the officer's villages at its next refresh. */
@Injectable()
export class DeleteEnrolmentOfficer implements UseCase<DeleteEnrolmentOfficerData, { enrolmentOfficer: OfficerView }, AdminCommandMeta> {
  readonly operation = 'deleteEnrolmentOfficer';

  async execute(tx: EntityManager, { id }: DeleteEnrolmentOfficerData, { actor, caller }: AdminCommandMeta): Promise<{ enrolmentOfficer: OfficerView }> {
    const [officer] = await findManagedOfficer(tx, id, caller.scope);
    officer.markDeleted(actor);
    await tx.flush();
    recordEvent(tx, createEvent(officerDeletedEvent, { subject: officer.id, data: officerState(officer) }));
    return { enrolmentOfficer: officerView(officer) };
  }
}
