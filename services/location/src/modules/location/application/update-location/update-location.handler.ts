import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { allows } from '@imis/auth';
import { createEvent, locationUpdatedEvent } from '@imis/contracts';
import { flushOrRefuse, orRefuse, refuse, runCommand } from '@imis/application';
import { recordEvent } from '@imis/messaging';
import { changedLocationFields } from '../../domain/location-fields';
import { locationErrors } from '../../domain/location.errors';
import { Location } from '../../infrastructure/location.entity';
import { LOCATION_CODE_UNIQUE_INDEX } from '../../infrastructure/location.indexes';
import { locationState } from '../location-event-data';
import { locationFields, locationView, type LocationView } from '../location.view';
import type { UpdateLocationCommand } from './update-location.command';

/** Changes a location's code, name or population figures; the previous version goes to history. */
@Injectable()
export class UpdateLocationHandler {
  constructor(private readonly em: EntityManager) {}

  execute({ data: { id, ...changes }, meta, scope }: UpdateLocationCommand) {
    return runCommand(this.em, { ...meta, operation: 'updateLocation' }, async (tx): Promise<{ location: LocationView }> => {
      const locations = tx.getRepository(Location);
      const location = (await locations.findCurrent(id)) ?? refuse(locationErrors.notFound());
      if (!allows(scope, location.id)) refuse(locationErrors.outOfScope('id'));
      const [{ fields, changed }] = orRefuse(changedLocationFields(locationFields(location), changes));
      if (!changed) return { location: locationView(location) };
      if (fields.code !== location.code && (await locations.isCodeTaken(fields.code, location.id))) {
        refuse(locationErrors.codeDuplicate(fields.code));
      }

      tx.assign(location, fields);
      location.markChanged(meta.actor);
      await flushOrRefuse(tx, { [LOCATION_CODE_UNIQUE_INDEX]: () => locationErrors.codeDuplicate(fields.code) });
      recordEvent(tx, createEvent(locationUpdatedEvent, { subject: location.id, data: locationState(location) }));
      return { location: locationView(location) };
    });
  }
}
