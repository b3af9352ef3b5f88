import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { orRefuse, refuse, type UseCase } from '@imis/application';
import { allows } from '@imis/auth';
import { createEvent, locationDeletedEvent, locationMovedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import type { ScopedCommandMeta } from '../../../shared/application/scoped-command-meta';
import { ancestorsUnder, planDelete } from '../domain/location-tree';
import { locationErrors } from '../domain/location.errors';
import { Location } from '../infrastructure/location.entity';
import type { LocationRepository } from '../infrastructure/location.repository';
import { locationDeletedData, locationMovedData } from './location-event-data';
import { LocationUsages } from './location-usages';
import { locationNode, locationView, type LocationView } from './location.view';

export interface DeleteLocationData {
  id: string;
  /** Where the current children go (a location of the deleted one's level); required when it has any. */
  newParentId?: string | null;
}

/**
 * Soft-deletes a location. Its current children, if any, first move to `newParentId` (each move kept in
 * their history and announced with a `moved` event), their subtrees following in one statement. A
 * location other modules keep in use (a district's health facilities) is not deleted.
 */
@Injectable()
export class DeleteLocation implements UseCase<DeleteLocationData, { location: LocationView }, ScopedCommandMeta> {
  readonly operation = 'deleteLocation';

  constructor(private readonly usages: LocationUsages) {}

  async execute(tx: EntityManager, data: DeleteLocationData, { actor, scope, visible }: ScopedCommandMeta): Promise<{ location: LocationView }> {
    const locations = tx.getRepository(Location);
    const location = (await locations.findCurrent(data.id, visible)) ?? refuse(locationErrors.notFound());
    if (!allows(scope, location.id)) refuse(locationErrors.outOfScope('id'));
    const givenParent = data.newParentId ? await locations.findCurrent(data.newParentId, visible) : undefined;
    if (givenParent && !allows(scope, givenParent.id)) refuse(locationErrors.outOfScope('newParentId'));
    const [plan] = orRefuse(
      planDelete(locationNode(location), {
        childCount: await locations.countCurrentChildren(location.id),
        inUse: await this.usages.of(tx, locationNode(location)),
        newParent: givenParent === undefined ? undefined : givenParent && locationNode(givenParent),
      }),
    );

    const newParent = plan.newParent ? (givenParent ?? null) : null;
    const children = newParent ? await moveChildren(locations, location, newParent, actor) : [];
    location.markDeleted(actor);
    await tx.flush();
    if (newParent && children.length > 0) {
      await locations.replaceAncestorPrefix([...location.ancestorIds, location.id], ancestorsUnder(locationNode(newParent)));
    }

    for (const child of children) {
      recordEvent(tx, createEvent(locationMovedEvent, { subject: child.id, data: locationMovedData(child, location.id) }));
    }
    recordEvent(tx, createEvent(locationDeletedEvent, { subject: location.id, data: locationDeletedData(location) }));
    return { location: locationView(location) };
  }
}

async function moveChildren(locations: LocationRepository, location: Location, newParent: Location, actor: string): Promise<Location[]> {
  const children = await locations.findCurrentChildren([location.id]);
  const ancestorIds = ancestorsUnder(locationNode(newParent));
  for (const child of children) {
    locations.assign(child, { parent: newParent, ancestorIds });
    child.markChanged(actor);
  }
  return children;
}
