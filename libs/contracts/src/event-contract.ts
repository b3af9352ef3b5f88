import type { z } from 'zod';
import { parseEventType, type EventTypeParts } from './event-type';

/** One versioned event type: its name, meaning and the schema of its `data`. */
export interface EventContract<T = unknown> extends EventTypeParts {
  readonly type: string;
  readonly description: string;
  readonly schema: z.ZodType<T, z.ZodTypeDef, unknown>;
  /**
   * Aggregates of its service whose records this event creates, changes or deletes: its own aggregate,
   * plus others for a batch event (an import batch creates families and insurees) or a change that
   * reaches other records without their own event (a new family head changes two insurees).
   */
  readonly changes: readonly string[];
}

/** The `data` type of a contract. */
export type EventDataOf<C> = C extends EventContract<infer T> ? T : never;

export interface EventDefinition<S extends z.ZodTypeAny> {
  type: string;
  description: string;
  schema: S;
  /** Aggregates it creates, changes or deletes when not only its own (the default). */
  changes?: readonly string[];
}

/** Declares an event contract; throws at load time if the type name breaks the naming rule. */
export function defineEvent<S extends z.ZodTypeAny>(definition: EventDefinition<S>): EventContract<z.infer<S>> {
  const parts = parseEventType(definition.type);
  const changes = Object.freeze([...new Set(definition.changes ?? [parts.aggregate])]);
  return Object.freeze({ ...parts, type: definition.type, description: definition.description, schema: definition.schema, changes });
}
