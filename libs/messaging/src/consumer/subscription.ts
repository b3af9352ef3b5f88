import type { EventContract } from '@imis/contracts';

const NAME = /^[a-z][a-z0-9-]*$/;

/** Durable consumer name of a consuming service's purpose: "claim" + "insuree-projection" → "claim-insuree-projection". */
export function durableConsumerName(service: string, purpose: string): string {
  for (const [kind, name] of [['service', service], ['consumer purpose', purpose]]) {
    if (!NAME.test(name)) throw new Error(`Invalid ${kind} "${name}": lowercase kebab-case expected`);
  }
  return `${service}-${purpose}`;
}

export interface Subscription {
  /** The one service whose stream carries every handled event. */
  sourceService: string;
  /**
   * The narrowest subject covering every handled type (without prefix): the type itself for one type,
   * `imis.location.location.>` for events of one aggregate, `imis.insuree.>` across aggregates. One
   * subject, because NATS 2.9 has no multiple filter subjects; other types in it are acked and ignored.
   */
  filterSubject: string;
}

/** What a consumer of these contracts subscribes to; throws when they come from several services' streams. */
export function subscriptionOf(contracts: readonly EventContract<unknown>[]): Subscription {
  if (contracts.length === 0) throw new Error('A consumer needs at least one event contract');
  const services = [...new Set(contracts.map((contract) => contract.service))];
  if (services.length > 1) {
    throw new Error(`A consumer reads one service's stream, not ${services.join(' and ')}: split it into one consumer per source service`);
  }
  const [first, ...others] = contracts.map((contract) => contract.type.split('.'));
  let common = first.length;
  for (const tokens of others) {
    let same = 0;
    while (same < common && tokens[same] === first[same]) same++;
    common = same;
  }
  const filterSubject = common === first.length ? first.join('.') : [...first.slice(0, common), '>'].join('.');
  return { sourceService: services[0], filterSubject };
}
