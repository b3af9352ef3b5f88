import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { allows } from '@imis/auth';
import { createEvent, healthFacilityDeletedEvent } from '@imis/contracts';
import { refuse, runCommand } from '@imis/application';
import { recordEvent } from '@imis/messaging';
import { healthFacilityErrors } from '../../domain/health-facility.errors';
import { HealthFacility } from '../../infrastructure/health-facility.entity';
import { healthFacilityDeletedData } from '../health-facility-event-data';
import { healthFacilityView, type HealthFacilityView } from '../health-facility.view';
import type { DeleteHealthFacilityCommand } from './delete-health-facility.command';

/** Soft-deletes a health facility: the row stays as history, its code becomes free. */
@Injectable()
export class DeleteHealthFacilityHandler {
  constructor(private readonly em: EntityManager) {}

  execute({ data, meta, scope }: DeleteHealthFacilityCommand) {
    const operation = 'deleteHealthFacility';
    return runCommand(this.em, { ...meta, operation }, async (tx): Promise<{ healthFacility: HealthFacilityView }> => {
      const facility = (await tx.getRepository(HealthFacility).findCurrent(data.id)) ?? refuse(healthFacilityErrors.notFound());
      if (!allows(scope, facility.districtId)) refuse(healthFacilityErrors.outOfScope('id'));
      facility.markDeleted(meta.actor);
      await tx.flush();
      recordEvent(tx, createEvent(healthFacilityDeletedEvent, { subject: facility.id, data: healthFacilityDeletedData(facility) }));
      return { healthFacility: healthFacilityView(facility) };
    });
  }
}
