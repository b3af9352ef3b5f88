import type { CloudEvent } from './cloud-event';
import type { EventContract, EventDataOf } from './event-contract';

/**
 * Every event that creates, changes or deletes one kind of record (an aggregate of a service), whatever
 * the path: single commands, batch imports, side effects of another aggregate's command. A consumer that
 * must not miss a path (a projection) handles a whole group; a test keeps each group complete.
 */
export interface EventGroup<C extends EventContract<unknown> = EventContract<unknown>> {
  readonly service: string;
  readonly aggregate: string;
  readonly description: string;
  readonly contracts: readonly C[];
}

/** The `data` types of a group's events (a union). */
export type EventGroupDataOf<G> = G extends EventGroup<infer C> ? EventDataOf<C> : never;

export interface EventGroupDefinition<C extends EventContract<unknown>> {
  service: string;
  aggregate: string;
  description: string;
  contracts: readonly C[];
}

/** Declares a group; throws at load time when a contract belongs to another service or does not change the aggregate. */
export function defineEventGroup<C extends EventContract<unknown>>(definition: EventGroupDefinition<C>): EventGroup<C> {
  for (const contract of definition.contracts) {
    if (contract.service !== definition.service || !contract.changes.includes(definition.aggregate)) {
      throw new Error(`${contract.type} does not change ${definition.service} ${definition.aggregate}s: it cannot be in their group`);
    }
  }
  return Object.freeze({ ...definition, contracts: Object.freeze([...new Set(definition.contracts)]) });
}

/** Narrows an event of a group (or of any type) to one contract's event. */
export function isEventOf<T>(event: CloudEvent<unknown>, contract: EventContract<T>): event is CloudEvent<T> {
  return event.type === contract.type;
}

/** A contract or a group of them, as consumers declare what they handle. */
export type EventSource = EventContract<unknown> | EventGroup;

export function isEventGroup(source: EventSource): source is EventGroup {
  return 'contracts' in source;
}

/** The contracts of contracts and groups, each once, in order. */
export function contractsOf(sources: readonly EventSource[]): EventContract<unknown>[] {
  return [...new Set(sources.flatMap((source) => (isEventGroup(source) ? source.contracts : [source])))];
}
