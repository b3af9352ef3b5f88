/**
 * The largest event payload the outbox accepts. NATS refuses a message over the server's `max_payload`
 * (1 MiB by default, headers included); a row it refused would be retried for ever ahead of every later
 * event of the service, so an event that could never be published is refused when it is recorded.
 */
export const MAX_EVENT_BYTES = 768 * 1024;

/** An event too large to publish: a programming error (split the data), never a user's refusal. */
export class EventTooLarge extends Error {
  constructor(
    readonly eventType: string,
    readonly bytes: number,
  ) {
    super(`Event ${eventType} is ${bytes} bytes, over the ${MAX_EVENT_BYTES} an event may have`);
    this.name = 'EventTooLarge';
  }
}

/** Throws EventTooLarge when the JSON text of an event is over MAX_EVENT_BYTES. */
export function assertEventFits(eventType: string, payload: string): void {
  // UTF-8 takes at most 3 bytes per UTF-16 unit: short payloads need no exact count.
  if (payload.length * 3 <= MAX_EVENT_BYTES) return;
  const bytes = Buffer.byteLength(payload);
  if (bytes > MAX_EVENT_BYTES) throw new EventTooLarge(eventType, bytes);
}
