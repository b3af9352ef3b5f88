import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { locationTypeSchema, uuid, version } from './location-fields';

export const locationMovedEvent = defineEvent({
  type: 'imis.location.location.moved.v1',
  description:
    'A location got a new parent. Its whole subtree moves with it: consumers recompute the descendants\' ancestors themselves.',
  schema: z.object({
    id: uuid(),
    code: z.string().min(1),
    type: locationTypeSchema,
    oldParentId: uuid().nullable(),
    newParentId: uuid(),
    ancestorIds: z.array(uuid()).describe('new ancestors of the moved location, root first, excluding itself'),
    version: version(),
  }),
});

export type LocationMovedData = z.infer<typeof locationMovedEvent.schema>;
