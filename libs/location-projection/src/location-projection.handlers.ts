import { Injectable } from '@nestjs/common';
import {
  locationCreatedEvent,
  locationDeletedEvent,
  locationLifecycle,
  locationMovedEvent,
  locationUpdatedEvent,
  type CloudEvent,
  type LocationDeletedData,
  type LocationMovedData,
  type LocationState,
} from '@imis/contracts';
import { DurableConsumer, OnEvent, type HandlerContext } from '@imis/messaging';
import { statementRunner } from '@imis/persistence';

const uuidArray = (ids: string[]) => `{${ids.join(',')}}`;

/**
 * Keeps `projected_location` in step with the location service: the durable consumer
 * `<service>-location-projection` on `imis.location.location.>`, from the stream's first event.
 */
@Injectable()
@DurableConsumer('location-projection', { covers: [locationLifecycle] })
export class LocationProjectionHandlers {
  /** created/updated carry the full state; an older version than the stored one changes nothing. */
  @OnEvent(locationCreatedEvent, locationUpdatedEvent)
  async applyState(event: CloudEvent<LocationState>, { em }: HandlerContext): Promise<void> {
    const location = event.data;
    await statementRunner(em).run(
      `insert into projected_location (id, code, name, type, parent_id, ancestor_ids, deleted, version)
       values (?, ?, ?, ?, ?, ?::uuid[], false, ?)
       on conflict (id) do update set code = excluded.code, name = excluded.name, type = excluded.type,
         parent_id = excluded.parent_id, ancestor_ids = excluded.ancestor_ids, deleted = false, version = excluded.version
       where projected_location.version < excluded.version`,
      [location.id, location.code, location.name, location.type, location.parentId, uuidArray(location.ancestorIds), location.version],
    );
  }

  /**
   * Moves the location and, in the same statement, rewrites the ancestors of its whole subtree: each
   * descendant keeps its path below the moved location, prefixed with the moved location's new ancestors.
   */
  @OnEvent(locationMovedEvent)
  async applyMove(event: CloudEvent<LocationMovedData>, { em }: HandlerContext): Promise<void> {
    const moved = event.data;
    await statementRunner(em).run(
      `with moved as (
         update projected_location set parent_id = ?, ancestor_ids = ?::uuid[], version = ?
         where id = ? and version < ?
         returning id, ancestor_ids
       )
       update projected_location d
       set ancestor_ids = moved.ancestor_ids || d.ancestor_ids[array_position(d.ancestor_ids, moved.id):]
       from moved
       where d.ancestor_ids @> array[moved.id]`,
      [moved.newParentId, uuidArray(moved.ancestorIds), moved.version, moved.id, moved.version],
    );
  }

  @OnEvent(locationDeletedEvent)
  async applyDeletion(event: CloudEvent<LocationDeletedData>, { em }: HandlerContext): Promise<void> {
    const { id, version } = event.data;
    await statementRunner(em).run('update projected_location set deleted = true, version = ? where id = ? and version < ?', [version, id, version]);
  }
}
