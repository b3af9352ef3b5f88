import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { refuse, type UseCase } from '@imis/application';
import { allows } from '@imis/auth';
import { createEvent, healthFacilityDeletedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import type { ScopedCommandMeta } from '../../../shared/application/scoped-command-meta';
import { healthFacilityErrors } from '../domain/health-facility.errors';
import { HealthFacility } from '../infrastructure/health-facility.entity';
import { healthFacilityDeletedData } from './health-facility-event-data';
import { healthFacilityView, type HealthFacilityView } from './health-facility.view';

export interface DeleteHealthFacilityData {
  id: string;
}

/** Soft-deletes a health facility: the row stays as history, its code becomes free. */
@Injectable()
export class DeleteHealthFacility implements UseCase<DeleteHealthFacilityData, { healthFacility: HealthFacilityView }, ScopedCommandMeta> {
  readonly operation = 'deleteHealthFacility';

  async execute(tx: EntityManager, { id }: DeleteHealthFacilityData, { actor, scope, visible }: ScopedCommandMeta): Promise<{ healthFacility: HealthFacilityView }> {
    const facility = (await tx.getRepository(HealthFacility).findCurrent(id, visible)) ?? refuse(healthFacilityErrors.notFound());
    if (!allows(scope, facility.districtId)) refuse(healthFacilityErrors.outOfScope('id'));
    facility.markDeleted(actor);
    await tx.flush();
    recordEvent(tx, createEvent(healthFacilityDeletedEvent, { subject: facility.id, data: healthFacilityDeletedData(facility) }));
    return { healthFacility: healthFacilityView(facility) };
  }
}
