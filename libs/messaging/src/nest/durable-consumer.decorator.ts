import { DiscoveryService } from '@nestjs/core';
import type { EventGroup } from '@imis/contracts';
import type { EventConsumerOptions } from '../consumer/event-consumer';

export interface DurableConsumerOptions extends Partial<Pick<EventConsumerOptions, 'maxDeliver' | 'ackWaitMs' | 'nakDelayMs' | 'batchSize'>> {
  /** What the consumer is for, in kebab-case; its durable name is `<this service>-<purpose>`. */
  purpose: string;
  /** Groups every event of which must have an @OnEvent handler here (checked at boot). */
  covers?: readonly EventGroup[];
}

const durableConsumer = DiscoveryService.createDecorator<DurableConsumerOptions>();

/**
 * Makes an injectable class one durable JetStream consumer of this service, discovered by MessagingModule:
 * its @OnEvent methods are the handlers; the durable name (`<service>-<purpose>`), the stream and the
 * filter subject are derived from the service and the handled contracts. Register the class as a provider.
 *
 *   @Injectable()
 *   @DurableConsumer('insuree-projection', { covers: [insureeLifecycle, familyLifecycle] })
 *   export class InsureeProjectionHandlers { @OnEvent(insureeCreatedEvent) created(event, { em }) {…} }
 */
export function DurableConsumer(purpose: string, options: Omit<DurableConsumerOptions, 'purpose'> = {}): ClassDecorator {
  return durableConsumer({ ...options, purpose });
}

/** The discoverable decorator behind DurableConsumer (for the explorer). */
export const DURABLE_CONSUMER = durableConsumer;
