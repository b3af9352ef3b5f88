import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import { allows } from '@imis/auth';
import { createEvent, locationUpdatedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import type { ScopedCommandMeta } from '../../../shared/application/scoped-command-meta';
import { changedLocationFields, type LocationFieldsInput } from '../domain/location-fields';
import { locationErrors } from '../domain/location.errors';
import { Location } from '../infrastructure/location.entity';
import { LOCATION_CODE_UNIQUE_INDEX } from '../infrastructure/location.indexes';
import { locationState } from './location-event-data';
import { locationFields, locationView, type LocationView } from './location.view';

/** Fields left `undefined` keep their value; `null` clears an optional one. */
export interface UpdateLocationData extends LocationFieldsInput {
  id: string;
}

/** Changes a location's code, name or population figures; the previous version goes to history. */
@Injectable()
export class UpdateLocation implements UseCase<UpdateLocationData, { location: LocationView }, ScopedCommandMeta> {
  readonly operation = 'updateLocation';

  async execute(tx: EntityManager, { id, ...changes }: UpdateLocationData, { actor, scope, visible }: ScopedCommandMeta): Promise<{ location: LocationView }> {
    const locations = tx.getRepository(Location);
    const location = (await locations.findCurrent(id, visible)) ?? refuse(locationErrors.notFound());
    if (!allows(scope, location.id)) refuse(locationErrors.outOfScope('id'));
    const [{ fields, changed }] = orRefuse(changedLocationFields(locationFields(location), changes));
    if (!changed) return { location: locationView(location) };
    if (fields.code !== location.code && (await locations.isCodeTaken(fields.code, location.id))) {
      refuse(locationErrors.codeDuplicate(fields.code));
    }

    tx.assign(location, fields);
    location.markChanged(actor);
    await flushOrRefuse(tx, { [LOCATION_CODE_UNIQUE_INDEX]: () => locationErrors.codeDuplicate(fields.code) });
    recordEvent(tx, createEvent(locationUpdatedEvent, { subject: location.id, data: locationState(location) }));
    return { location: locationView(location) };
  }
}
