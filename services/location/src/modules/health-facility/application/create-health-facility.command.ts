import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import { allows } from '@imis/auth';
import { createEvent, healthFacilityCreatedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import type { ScopedCommandMeta } from '../../../shared/application/scoped-command-meta';
import { Location } from '../../location';
import { checkDistrict } from '../domain/health-facility-district';
import { newHealthFacilityFields, type HealthFacilityFieldsInput } from '../domain/health-facility-fields';
import { healthFacilityErrors } from '../domain/health-facility.errors';
import { HealthFacility } from '../infrastructure/health-facility.entity';
import { HEALTH_FACILITY_CODE_UNIQUE_INDEX } from '../infrastructure/health-facility.indexes';
import { healthFacilityState } from './health-facility-event-data';
import { healthFacilityView, type HealthFacilityView } from './health-facility.view';

export interface CreateHealthFacilityData extends HealthFacilityFieldsInput {
  districtId?: string | null;
}

/** Creates a health facility in a current district. */
@Injectable()
export class CreateHealthFacility implements UseCase<CreateHealthFacilityData, { healthFacility: HealthFacilityView }, ScopedCommandMeta> {
  readonly operation = 'createHealthFacility';

  async execute(tx: EntityManager, data: CreateHealthFacilityData, { actor, scope, visible }: ScopedCommandMeta): Promise<{ healthFacility: HealthFacilityView }> {
    // A district the sender does not see is answered as an unknown one (HEALTH_FACILITY_DISTRICT_INVALID).
    const found = await tx.getRepository(Location).findCurrent(data.districtId, visible);
    if (found && !allows(scope, found.id)) refuse(healthFacilityErrors.outOfScope('districtId'));
    const [fields, district] = orRefuse(newHealthFacilityFields(data), checkDistrict(found));
    const facilities = tx.getRepository(HealthFacility);
    if (await facilities.isCodeTaken(fields.code)) refuse(healthFacilityErrors.codeDuplicate(fields.code));

    const facility = tx.create(HealthFacility, { ...fields, district, changedBy: actor });
    await flushOrRefuse(tx, { [HEALTH_FACILITY_CODE_UNIQUE_INDEX]: () => healthFacilityErrors.codeDuplicate(fields.code) });
    recordEvent(tx, createEvent(healthFacilityCreatedEvent, { subject: facility.id, data: healthFacilityState(facility) }));
    return { healthFacility: healthFacilityView(facility) };
  }
}
