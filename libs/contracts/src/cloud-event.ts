import { z } from 'zod';
import { EVENT_TYPE_PATTERN } from './event-type';

/** A CloudEvents 1.0 event in structured JSON mode, with the correlation/causation extensions. */
export interface CloudEvent<T = unknown> {
  specversion: '1.0';
  /** UUID v7: also the JetStream message id (de-duplication) and the consumers' inbox key. */
  id: string;
  /** `/imis/<service>` */
  source: string;
  type: string;
  /** ISO 8601 timestamp of the change. */
  time: string;
  /** Id of the aggregate the event is about. */
  subject: string;
  datacontenttype: 'application/json';
  data: T;
  correlationid?: string;
  causationid?: string;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const SOURCE_PATTERN = /^\/imis\/[a-z][a-z0-9-]*$/;
// Precompiled: zod's .datetime() builds its RegExp on every parse, a hot spot for consumers.
export const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

/** The envelope only; `data` is checked by each event's own contract. */
export const cloudEventEnvelopeSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.string().regex(UUID_PATTERN, 'must be a UUID'),
  source: z.string().regex(SOURCE_PATTERN, 'must be /imis/<service>'),
  type: z.string().regex(EVENT_TYPE_PATTERN, 'must be imis.<service>.<aggregate>.<event>.v<N>'),
  time: z
    .string()
    .regex(DATE_TIME_PATTERN, 'must be an ISO 8601 date-time')
    .refine((value) => !Number.isNaN(Date.parse(value)), 'must be a valid date-time'),
  subject: z.string().min(1).max(200),
  datacontenttype: z.literal('application/json'),
  data: z.unknown(),
  correlationid: z.string().min(1).max(200).optional(),
  causationid: z.string().min(1).max(200).optional(),
});
