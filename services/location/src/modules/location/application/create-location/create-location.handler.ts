import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { allows } from '@imis/auth';
import { createEvent, locationCreatedEvent } from '@imis/contracts';
import { flushOrRefuse, orRefuse, refuse, runCommand } from '@imis/application';
import { recordEvent } from '@imis/messaging';
import { newLocationFields } from '../../domain/location-fields';
import { placeNewLocation } from '../../domain/location-tree';
import { locationErrors } from '../../domain/location.errors';
import { Location } from '../../infrastructure/location.entity';
import { LOCATION_CODE_UNIQUE_INDEX } from '../../infrastructure/location.indexes';
import { locationState } from '../location-event-data';
import { locationNode, locationView, type LocationView } from '../location.view';
import type { CreateLocationCommand } from './create-location.command';

@Injectable()
export class CreateLocationHandler {
  constructor(private readonly em: EntityManager) {}

  execute({ data, meta, scope }: CreateLocationCommand) {
    return runCommand(this.em, { ...meta, operation: 'createLocation' }, async (tx): Promise<{ location: LocationView }> => {
      const locations = tx.getRepository(Location);
      if (data.type === 'R' && !scope.everywhere) refuse(locationErrors.regionOutOfScope());
      const parent = data.parentId ? await locations.findCurrent(data.parentId) : null;
      if (parent && !allows(scope, parent.id)) refuse(locationErrors.outOfScope('parentId'));
      const [fields, placement] = orRefuse(
        newLocationFields(data),
        placeNewLocation(data.type, data.parentId, parent && locationNode(parent)),
      );
      if (await locations.isCodeTaken(fields.code)) refuse(locationErrors.codeDuplicate(fields.code));

      const location = tx.create(Location, { ...fields, type: data.type, parent, ancestorIds: placement.ancestorIds, changedBy: meta.actor });
      await flushOrRefuse(tx, { [LOCATION_CODE_UNIQUE_INDEX]: () => locationErrors.codeDuplicate(fields.code) });
      recordEvent(tx, createEvent(locationCreatedEvent, { subject: location.id, data: locationState(location) }));
      return { location: locationView(location) };
    });
  }
}
