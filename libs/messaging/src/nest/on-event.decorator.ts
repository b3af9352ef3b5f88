import { SetMetadata } from '@nestjs/common';
import type { CloudEvent, EventContract, EventGroup, EventGroupDataOf, EventSource } from '@imis/contracts';
import type { HandlerContext } from '../consumer/event-handler';

export const ON_EVENT = 'imis:on-event';

type DataOf<S> = S extends EventGroup ? EventGroupDataOf<S> : S extends EventContract<infer T> ? T : never;

/** A handler method of the given contracts and groups: it receives any of their events. */
export type EventHandlerMethod<S extends readonly EventSource[]> = (event: CloudEvent<DataOf<S[number]>>, context: HandlerContext) => Promise<void>;

/**
 * Marks a method of a @DurableConsumer class as the handler of these contracts and groups (a group: every
 * event of it; narrow with `isEventOf`). It runs in the consumer's inbox transaction: write only through
 * `context.em`, so the effect and the inbox row commit together.
 */
export function OnEvent<const S extends readonly EventSource[]>(...sources: S) {
  return <M extends EventHandlerMethod<S>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<M>): void => {
    if (sources.length === 0) throw new Error(`@OnEvent() on ${String(key)} names no contract or group`);
    SetMetadata(ON_EVENT, sources)(target, key, descriptor);
  };
}
