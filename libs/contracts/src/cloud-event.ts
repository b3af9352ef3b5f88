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

export const SOURCE_PATTERN = /^\/imis\/[a-z][a-z0-9-]*$/;

/** The envelope only; `data` is checked by each event's own contract. */
export const cloudEventEnvelopeSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.string().uuid(),
  source: z.string().regex(SOURCE_PATTERN, 'must be /imis/<service>'),
  type: z.string().regex(EVENT_TYPE_PATTERN, 'must be imis.<service>.<aggregate>.<event>.v<N>'),
  time: z.string().datetime({ offset: true }),
  subject: z.string().min(1).max(200),
  datacontenttype: z.literal('application/json'),
  data: z.unknown(),
  correlationid: z.string().min(1).max(200).optional(),
  causationid: z.string().min(1).max(200).optional(),
});
