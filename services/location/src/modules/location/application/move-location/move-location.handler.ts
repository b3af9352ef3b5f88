import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { allows } from '@imis/auth';
import { createEvent, locationMovedEvent } from '@imis/contracts';
import { orRefuse, refuse, runCommand } from '@imis/application';
import { recordEvent } from '@imis/messaging';
import { planMove } from '../../domain/location-tree';
import { locationErrors } from '../../domain/location.errors';
import { Location } from '../../infrastructure/location.entity';
import { locationMovedData } from '../location-event-data';
import { locationNode, locationView, type LocationView } from '../location.view';
import type { MoveLocationCommand } from './move-location.command';

/** Re-parents a location; its whole subtree follows (descendants' ancestors rewritten in one statement). */
@Injectable()
export class MoveLocationHandler {
  constructor(private readonly em: EntityManager) {}

  execute({ data, meta, scope }: MoveLocationCommand) {
    return runCommand(this.em, { ...meta, operation: 'moveLocation' }, async (tx): Promise<{ location: LocationView }> => {
      const locations = tx.getRepository(Location);
      const location = (await locations.findCurrent(data.id)) ?? refuse(locationErrors.notFound());
      if (!allows(scope, location.id)) refuse(locationErrors.outOfScope('id'));
      const newParent = await locations.findCurrent(data.newParentId);
      if (newParent && !allows(scope, newParent.id)) refuse(locationErrors.outOfScope('newParentId'));
      const [plan] = orRefuse(planMove(locationNode(location), newParent && locationNode(newParent)));
      if (!plan.changed || !newParent) return { location: locationView(location) };

      const oldParentId = location.parentId;
      const oldPrefix = [...location.ancestorIds, location.id];
      tx.assign(location, { parent: newParent, ancestorIds: plan.ancestorIds });
      location.markChanged(meta.actor);
      await tx.flush();
      await locations.replaceAncestorPrefix(oldPrefix, [...plan.ancestorIds, location.id]);

      recordEvent(tx, createEvent(locationMovedEvent, { subject: location.id, data: locationMovedData(location, oldParentId) }));
      return { location: locationView(location) };
    });
  }
}
