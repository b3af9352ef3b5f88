import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { allows } from '@imis/auth';
import { createEvent, healthFacilityCreatedEvent } from '@imis/contracts';
import { flushOrRefuse, orRefuse, refuse, runCommand } from '@imis/application';
import { recordEvent } from '@imis/messaging';
import { Location } from '../../../location/infrastructure/location.entity';
import { checkDistrict } from '../../domain/health-facility-district';
import { newHealthFacilityFields } from '../../domain/health-facility-fields';
import { healthFacilityErrors } from '../../domain/health-facility.errors';
import { HealthFacility } from '../../infrastructure/health-facility.entity';
import { HEALTH_FACILITY_CODE_UNIQUE_INDEX } from '../../infrastructure/health-facility.indexes';
import { healthFacilityState } from '../health-facility-event-data';
import { healthFacilityView, type HealthFacilityView } from '../health-facility.view';
import type { CreateHealthFacilityCommand } from './create-health-facility.command';

@Injectable()
export class CreateHealthFacilityHandler {
  constructor(private readonly em: EntityManager) {}

  execute({ data, meta, scope }: CreateHealthFacilityCommand) {
    const operation = 'createHealthFacility';
    return runCommand(this.em, { ...meta, operation }, async (tx): Promise<{ healthFacility: HealthFacilityView }> => {
      const found = await tx.getRepository(Location).findCurrent(data.districtId);
      if (found && !allows(scope, found.id)) refuse(healthFacilityErrors.outOfScope('districtId'));
      const [fields, district] = orRefuse(newHealthFacilityFields(data), checkDistrict(found));
      const facilities = tx.getRepository(HealthFacility);
      if (await facilities.isCodeTaken(fields.code)) refuse(healthFacilityErrors.codeDuplicate(fields.code));

      const facility = tx.create(HealthFacility, { ...fields, district, changedBy: meta.actor });
      await flushOrRefuse(tx, { [HEALTH_FACILITY_CODE_UNIQUE_INDEX]: () => healthFacilityErrors.codeDuplicate(fields.code) });
      recordEvent(tx, createEvent(healthFacilityCreatedEvent, { subject: facility.id, data: healthFacilityState(facility) }));
      return { healthFacility: healthFacilityView(facility) };
    });
  }
}
