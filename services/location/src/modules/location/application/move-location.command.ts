import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { orRefuse, refuse, type UseCase } from '@imis/application';
import { allows } from '@imis/auth';
import { createEvent, locationMovedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import type { ScopedCommandMeta } from '../../../shared/application/scoped-command-meta';
import { planMove } from '../domain/location-tree';
import { locationErrors } from '../domain/location.errors';
import { Location } from '../infrastructure/location.entity';
import { locationMovedData } from './location-event-data';
import { locationNode, locationView, type LocationView } from './location.view';

export interface MoveLocationData {
  id: string;
  newParentId: string;
}

/** Re-parents a location; its whole subtree follows (descendants' ancestors rewritten in one statement). */
@Injectable()
export class MoveLocation implements UseCase<MoveLocationData, { location: LocationView }, ScopedCommandMeta> {
  readonly operation = 'moveLocation';

  async execute(tx: EntityManager, data: MoveLocationData, { actor, scope, visible }: ScopedCommandMeta): Promise<{ location: LocationView }> {
    const locations = tx.getRepository(Location);
    const location = (await locations.findCurrent(data.id, visible)) ?? refuse(locationErrors.notFound());
    if (!allows(scope, location.id)) refuse(locationErrors.outOfScope('id'));
    const newParent = await locations.findCurrent(data.newParentId, visible);
    if (newParent && !allows(scope, newParent.id)) refuse(locationErrors.outOfScope('newParentId'));
    const [plan] = orRefuse(planMove(locationNode(location), newParent && locationNode(newParent)));
    if (!plan.changed || !newParent) return { location: locationView(location) };

    const oldParentId = location.parentId;
    const oldPrefix = [...location.ancestorIds, location.id];
    tx.assign(location, { parent: newParent, ancestorIds: plan.ancestorIds });
    location.markChanged(actor);
    await tx.flush();
    await locations.replaceAncestorPrefix(oldPrefix, [...plan.ancestorIds, location.id]);

    recordEvent(tx, createEvent(locationMovedEvent, { subject: location.id, data: locationMovedData(location, oldParentId) }));
    return { location: locationView(location) };
  }
}
