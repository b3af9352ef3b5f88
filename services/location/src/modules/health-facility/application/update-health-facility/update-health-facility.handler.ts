import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { allows } from '@imis/auth';
import { createEvent, healthFacilityUpdatedEvent } from '@imis/contracts';
import { flushOrRefuse, orRefuse, refuse, runCommand } from '@imis/application';
import { recordEvent } from '@imis/messaging';
import { ok } from '@imis/kernel';
import { Location } from '../../../location/infrastructure/location.entity';
import { checkDistrict } from '../../domain/health-facility-district';
import { changedHealthFacilityFields } from '../../domain/health-facility-fields';
import { healthFacilityErrors } from '../../domain/health-facility.errors';
import { HealthFacility } from '../../infrastructure/health-facility.entity';
import { HEALTH_FACILITY_CODE_UNIQUE_INDEX } from '../../infrastructure/health-facility.indexes';
import { healthFacilityState } from '../health-facility-event-data';
import { healthFacilityFields, healthFacilityView, type HealthFacilityView } from '../health-facility.view';
import type { UpdateHealthFacilityCommand } from './update-health-facility.command';

/** Changes a health facility (its district too); the previous version goes to history. */
@Injectable()
export class UpdateHealthFacilityHandler {
  constructor(private readonly em: EntityManager) {}

  execute({ data: { id, districtId, ...changes }, meta, scope }: UpdateHealthFacilityCommand) {
    const operation = 'updateHealthFacility';
    return runCommand(this.em, { ...meta, operation }, async (tx): Promise<{ healthFacility: HealthFacilityView }> => {
      const facilities = tx.getRepository(HealthFacility);
      const facility = (await facilities.findCurrent(id)) ?? refuse(healthFacilityErrors.notFound());
      if (!allows(scope, facility.districtId)) refuse(healthFacilityErrors.outOfScope('id'));
      const moving = districtId !== undefined && districtId !== facility.districtId;
      const newDistrict = moving ? await tx.getRepository(Location).findCurrent(districtId) : null;
      if (newDistrict && !allows(scope, newDistrict.id)) refuse(healthFacilityErrors.outOfScope('districtId'));
      const [{ fields, changed }, district] = orRefuse(
        changedHealthFacilityFields(healthFacilityFields(facility), changes),
        moving ? checkDistrict(newDistrict) : ok(null),
      );
      if (!changed && !district) return { healthFacility: healthFacilityView(facility) };
      if (fields.code !== facility.code && (await facilities.isCodeTaken(fields.code, facility.id))) {
        refuse(healthFacilityErrors.codeDuplicate(fields.code));
      }

      tx.assign(facility, district ? { ...fields, district } : fields);
      facility.markChanged(meta.actor);
      await flushOrRefuse(tx, { [HEALTH_FACILITY_CODE_UNIQUE_INDEX]: () => healthFacilityErrors.codeDuplicate(fields.code) });
      recordEvent(tx, createEvent(healthFacilityUpdatedEvent, { subject: facility.id, data: healthFacilityState(facility) }));
      return { healthFacility: healthFacilityView(facility) };
    });
  }
}
