import { contractsOf, type EventContract, type EventGroup, type EventSource } from '@imis/contracts';
import { durableConsumerName, subscriptionOf, type Subscription } from './subscription';

/** A method of a consumer class and the events (contracts or groups) it handles. */
export interface HandlerDeclaration {
  method: string;
  sources: readonly EventSource[];
}

export interface ConsumerDeclaration {
  /** What the consumer is for, in kebab-case ("insuree-projection"); the service name is prepended. */
  purpose: string;
  /** Groups every event of which must have a handler: boot fails when one is missing. */
  covers?: readonly EventGroup[];
  handlers: readonly HandlerDeclaration[];
}

export interface ConsumerRoute {
  contract: EventContract<unknown>;
  method: string;
}

export interface ConsumerPlan extends Subscription {
  /** Durable consumer name: `<consuming service>-<purpose>`. */
  name: string;
  routes: ConsumerRoute[];
}

/**
 * The durable consumer a class of handlers becomes: its name, stream and filter subject derived from the
 * consuming service and the contracts handled. Throws (at boot) when a contract has two handlers, when
 * a covered group has an event without a handler, or when the events come from several streams.
 */
export function planConsumer(service: string, declaration: ConsumerDeclaration, owner: string): ConsumerPlan {
  const name = durableConsumerName(service, declaration.purpose);
  const routes = new Map<string, ConsumerRoute>();
  for (const { method, sources } of declaration.handlers) {
    for (const contract of contractsOf(sources)) {
      const taken = routes.get(contract.type);
      if (taken) throw new Error(`${owner}: ${contract.type} is handled by both ${taken.method}() and ${method}()`);
      routes.set(contract.type, { contract, method });
    }
  }
  if (routes.size === 0) throw new Error(`${owner}: consumer ${name} has no @OnEvent() method`);
  for (const group of declaration.covers ?? []) {
    const missing = group.contracts.filter((contract) => !routes.has(contract.type)).map((contract) => contract.type);
    if (missing.length > 0) throw new Error(`${owner} covers ${group.description} but has no handler for ${missing.join(', ')}`);
  }
  return { name, ...subscriptionOf([...routes.values()].map((route) => route.contract)), routes: [...routes.values()] };
}
