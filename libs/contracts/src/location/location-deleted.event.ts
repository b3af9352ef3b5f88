import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { locationTypeSchema, uuid, version } from './location-fields';

export const locationDeletedEvent = defineEvent({
  type: 'imis.location.location.deleted.v1',
  description: 'A location was deleted (soft delete: its history stays in the location service).',
  schema: z.object({
    id: uuid(),
    code: z.string().min(1),
    type: locationTypeSchema,
    parentId: uuid().nullable(),
    version: version(),
  }),
});

export type LocationDeletedData = z.infer<typeof locationDeletedEvent.schema>;
