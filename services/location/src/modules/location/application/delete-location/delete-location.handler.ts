import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { allows } from '@imis/auth';
import { createEvent, locationDeletedEvent, locationMovedEvent } from '@imis/contracts';
import { orRefuse, refuse, runCommand } from '@imis/application';
import { recordEvent } from '@imis/messaging';
import { HealthFacility } from '../../../health-facility/infrastructure/health-facility.entity';
import { ancestorsUnder, planDelete } from '../../domain/location-tree';
import { locationErrors } from '../../domain/location.errors';
import { Location } from '../../infrastructure/location.entity';
import type { LocationRepository } from '../../infrastructure/location.repository';
import { locationDeletedData, locationMovedData } from '../location-event-data';
import { locationNode, locationView, type LocationView } from '../location.view';
import type { DeleteLocationCommand } from './delete-location.command';

/**
 * Soft-deletes a location. Its current children, if any, first move to `newParentId` (each move kept in
 * their history and announced with a `moved` event), their subtrees following in one statement.
 */
@Injectable()
export class DeleteLocationHandler {
  constructor(private readonly em: EntityManager) {}

  execute({ data, meta, scope }: DeleteLocationCommand) {
    return runCommand(this.em, { ...meta, operation: 'deleteLocation' }, async (tx): Promise<{ location: LocationView }> => {
      const locations = tx.getRepository(Location);
      const location = (await locations.findCurrent(data.id)) ?? refuse(locationErrors.notFound());
      if (!allows(scope, location.id)) refuse(locationErrors.outOfScope('id'));
      const givenParent = data.newParentId ? await locations.findCurrent(data.newParentId) : undefined;
      if (givenParent && !allows(scope, givenParent.id)) refuse(locationErrors.outOfScope('newParentId'));
      const [plan] = orRefuse(
        planDelete(locationNode(location), {
          childCount: await locations.countCurrentChildren(location.id),
          healthFacilityCount: location.type === 'D' ? await tx.getRepository(HealthFacility).countCurrentInDistrict(location.id) : 0,
          newParent: givenParent === undefined ? undefined : givenParent && locationNode(givenParent),
        }),
      );

      const newParent = plan.newParent ? givenParent ?? null : null;
      const children = newParent ? await this.moveChildren(locations, location, newParent, meta.actor) : [];
      location.markDeleted(meta.actor);
      await tx.flush();
      if (newParent && children.length > 0) {
        await locations.replaceAncestorPrefix([...location.ancestorIds, location.id], ancestorsUnder(locationNode(newParent)));
      }

      for (const child of children) {
        recordEvent(tx, createEvent(locationMovedEvent, { subject: child.id, data: locationMovedData(child, location.id) }));
      }
      recordEvent(tx, createEvent(locationDeletedEvent, { subject: location.id, data: locationDeletedData(location) }));
      return { location: locationView(location) };
    });
  }

  private async moveChildren(locations: LocationRepository, location: Location, newParent: Location, actor: string) {
    const children = await locations.findCurrentChildren([location.id]);
    const ancestorIds = ancestorsUnder(locationNode(newParent));
    for (const child of children) {
      locations.assign(child, { parent: newParent, ancestorIds });
      child.markChanged(actor);
    }
    return children;
  }
}
