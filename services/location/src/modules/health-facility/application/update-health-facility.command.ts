import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import { allows } from '@imis/auth';
import { createEvent, healthFacilityUpdatedEvent } from '@imis/contracts';
import { ok } from '@imis/kernel';
import { recordEvent } from '@imis/messaging';
import type { ScopedCommandMeta } from '../../../shared/application/scoped-command-meta';
import { Location } from '../../location';
import { checkDistrict } from '../domain/health-facility-district';
import { changedHealthFacilityFields, type HealthFacilityFieldsInput } from '../domain/health-facility-fields';
import { healthFacilityErrors } from '../domain/health-facility.errors';
import { HealthFacility } from '../infrastructure/health-facility.entity';
import { HEALTH_FACILITY_CODE_UNIQUE_INDEX } from '../infrastructure/health-facility.indexes';
import { healthFacilityState } from './health-facility-event-data';
import { healthFacilityFields, healthFacilityView, type HealthFacilityView } from './health-facility.view';

/** Fields left `undefined` keep their value; `null` clears an optional one. */
export interface UpdateHealthFacilityData extends HealthFacilityFieldsInput {
  id: string;
  districtId?: string | null;
}

/** Changes a health facility (its district too); the previous version goes to history. */
@Injectable()
export class UpdateHealthFacility implements UseCase<UpdateHealthFacilityData, { healthFacility: HealthFacilityView }, ScopedCommandMeta> {
  readonly operation = 'updateHealthFacility';

  async execute(
    tx: EntityManager,
    { id, districtId, ...changes }: UpdateHealthFacilityData,
    { actor, scope, visible }: ScopedCommandMeta,
  ): Promise<{ healthFacility: HealthFacilityView }> {
    const facilities = tx.getRepository(HealthFacility);
    const facility = (await facilities.findCurrent(id, visible)) ?? refuse(healthFacilityErrors.notFound());
    if (!allows(scope, facility.districtId)) refuse(healthFacilityErrors.outOfScope('id'));
    const moving = districtId !== undefined && districtId !== facility.districtId;
    const newDistrict = moving ? await tx.getRepository(Location).findCurrent(districtId, visible) : null;
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
    facility.markChanged(actor);
    await flushOrRefuse(tx, { [HEALTH_FACILITY_CODE_UNIQUE_INDEX]: () => healthFacilityErrors.codeDuplicate(fields.code) });
    recordEvent(tx, createEvent(healthFacilityUpdatedEvent, { subject: facility.id, data: healthFacilityState(facility) }));
    return { healthFacility: healthFacilityView(facility) };
  }
}
