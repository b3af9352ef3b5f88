import type { EntityManager } from '@mikro-orm/postgresql';
import type { NatsConnection } from '@nats-io/nats-core';
import { z } from 'zod';
import { runUseCase } from '@imis/application';
import { UNRESTRICTED } from '@imis/auth';
import { defineEvent } from '@imis/contracts';
import { EventConsumer, type EventConsumerOptions, type HandlerContext } from '@imis/messaging';
import { CreateLocation } from '../../src/modules/location';

/** What another service (or an import) might send to have a location created: the test's own contract. */
export const locationRequestedEvent = defineEvent({
  type: 'imis.test.location.requested.v1',
  description: 'Test event: asks the location service to create a location',
  schema: z.object({ code: z.string(), name: z.string(), type: z.enum(['R', 'D', 'W', 'V']), parentId: z.string().uuid().nullable() }),
});

export const LOCATION_REQUESTS_CONSUMER = 'location-requests';

export interface LocationRequestsOptions extends Pick<EventConsumerOptions, 'em' | 'nc' | 'prefix' | 'onCommitted'> {
  em: EntityManager;
  nc: NatsConnection;
  /** Called in the inbox transaction once the command has run. */
  afterCommand?: (context: HandlerContext) => void;
}

/**
 * A consumer (the low-level `EventConsumer.on` API) whose handler runs the real CreateLocation use case in
 * the inbox transaction (`context.em`): the location, its history, its outbox event and the inbox row
 * commit together. Short ack wait, so JetStream redelivers quickly what was not acknowledged.
 */
export function locationRequestsConsumer({ em, nc, prefix, onCommitted, afterCommand }: LocationRequestsOptions): EventConsumer {
  const createLocation = new CreateLocation();
  const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
  return new EventConsumer({ name: LOCATION_REQUESTS_CONSUMER, sourceService: 'test', prefix, em, nc, ackWaitMs: 1000, nakDelayMs: 100, logger: quiet, onCommitted }).on(
    locationRequestedEvent,
    async (event, context) => {
      const result = await runUseCase(context.em, createLocation, event.data, { actor: 'system:location-requests', scope: UNRESTRICTED, visible: UNRESTRICTED });
      if (result.errors.length > 0) throw new Error(`createLocation refused: ${result.errors.map((error) => error.code).join(', ')}`);
      afterCommand?.(context);
    },
  );
}
