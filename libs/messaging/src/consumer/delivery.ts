import type { JsMsg } from '@nats-io/jetstream';
import { EventValidationError, parseEnvelope, type CloudEvent, type EventContract } from '@imis/contracts';
import type { EventHandler } from './event-handler';

export interface RegisteredHandler {
  contract: EventContract<unknown>;
  handler: EventHandler<unknown>;
}

/** A received message whose event matched a registered contract. */
export interface Delivery {
  msg: JsMsg;
  event: CloudEvent<unknown>;
  handler: EventHandler<unknown>;
}

/**
 * Decodes a message: a Delivery, or undefined for an event type this consumer does not handle. Throws
 * EventValidationError for a malformed event (not JSON, bad envelope, data breaking its contract).
 */
export function decodeDelivery(msg: JsMsg, handlers: ReadonlyMap<string, RegisteredHandler>): Delivery | undefined {
  const event = parseEnvelope(msg.data);
  const registered = handlers.get(event.type);
  if (!registered) return undefined;
  const data = registered.contract.schema.safeParse(event.data);
  if (!data.success) throw EventValidationError.fromZod(event.type, data.error, 'data');
  return { msg, event: { ...event, data: data.data }, handler: registered.handler };
}
