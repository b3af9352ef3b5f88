import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import { allows } from '@imis/auth';
import { createEvent, locationCreatedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import type { ScopedCommandMeta } from '../../../shared/application/scoped-command-meta';
import { newLocationFields, type LocationFieldsInput } from '../domain/location-fields';
import { placeNewLocation } from '../domain/location-tree';
import type { LocationTypeCode } from '../domain/location-type';
import { locationErrors } from '../domain/location.errors';
import { Location } from '../infrastructure/location.entity';
import { LOCATION_CODE_UNIQUE_INDEX } from '../infrastructure/location.indexes';
import { locationState } from './location-event-data';
import { locationNode, locationView, type LocationView } from './location.view';

export interface CreateLocationData extends LocationFieldsInput {
  type: LocationTypeCode;
  parentId?: string | null;
}

/** Creates a region, or a district, ward or village under a current location of the level above. */
@Injectable()
export class CreateLocation implements UseCase<CreateLocationData, { location: LocationView }, ScopedCommandMeta> {
  readonly operation = 'createLocation';

  async execute(tx: EntityManager, data: CreateLocationData, { actor, scope, visible }: ScopedCommandMeta): Promise<{ location: LocationView }> {
    const locations = tx.getRepository(Location);
    if (data.type === 'R' && !scope.everywhere) refuse(locationErrors.regionOutOfScope());
    // A parent the sender does not see is answered as an unknown one (LOCATION_PARENT_NOT_FOUND).
    const parent = data.parentId ? await locations.findCurrent(data.parentId, visible) : null;
    if (parent && !allows(scope, parent.id)) refuse(locationErrors.outOfScope('parentId'));
    const [fields, placement] = orRefuse(newLocationFields(data), placeNewLocation(data.type, data.parentId, parent && locationNode(parent)));
    if (await locations.isCodeTaken(fields.code)) refuse(locationErrors.codeDuplicate(fields.code));

    const location = tx.create(Location, { ...fields, type: data.type, parent, ancestorIds: placement.ancestorIds, changedBy: actor });
    await flushOrRefuse(tx, { [LOCATION_CODE_UNIQUE_INDEX]: () => locationErrors.codeDuplicate(fields.code) });
    recordEvent(tx, createEvent(locationCreatedEvent, { subject: location.id, data: locationState(location) }));
    return { location: locationView(location) };
  }
}
