import type { z } from 'zod';
import { parseEventType, type EventTypeParts } from './event-type';

/** One versioned event type: its name, meaning and the schema of its `data`. */
export interface EventContract<T = unknown> extends EventTypeParts {
  readonly type: string;
  readonly description: string;
  readonly schema: z.ZodType<T, z.ZodTypeDef, unknown>;
}

/** The `data` type of a contract. */
export type EventDataOf<C> = C extends EventContract<infer T> ? T : never;

export interface EventDefinition<S extends z.ZodTypeAny> {
  type: string;
  description: string;
  schema: S;
}

/** Declares an event contract; throws at load time if the type name breaks the naming rule. */
export function defineEvent<S extends z.ZodTypeAny>(definition: EventDefinition<S>): EventContract<z.infer<S>> {
  const parts = parseEventType(definition.type);
  return Object.freeze({ ...parts, type: definition.type, description: definition.description, schema: definition.schema });
}
