import { fork } from 'child_process';
import { once } from 'events';
import { join } from 'path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { MikroORM } from '@mikro-orm/core';
import { jetstreamManager } from '@nats-io/jetstream';
import { createEvent } from '@imis/contracts';
import { streamName, type CommittedDelivery } from '@imis/messaging';
import type { ServiceTestApp } from '@imis/testing';
import { LOCATION_REQUESTS_CONSUMER, locationRequestedEvent, locationRequestsConsumer } from './support/location-requests.consumer';
import { startLocation } from './support/location-service';

/**
 * Commands do not know their transport: an event handler runs the same CreateLocation use case as the
 * createLocation mutation, inside its inbox transaction. Killed between the commit and the ack, the
 * consumer's event is redelivered and finds its inbox row: exactly one location, one event.
 */
describe('a command run by an event consumer', () => {
  let service: ServiceTestApp;

  beforeAll(async () => {
    ({ service } = await startLocation());
  });

  afterAll(async () => {
    await service?.close();
  });

  const consumerState = async () => {
    const jsm = await jetstreamManager(service.nats);
    const info = await jsm.consumers.info(streamName(service.prefix, 'test'), LOCATION_REQUESTS_CONSUMER);
    return { pending: info.num_pending, unacknowledged: info.num_ack_pending };
  };

  it('leaves exactly one effect when the consumer is killed after its commit and before its ack', async () => {
    const request = createEvent(locationRequestedEvent, { subject: 'R77', data: { code: 'R77', name: 'Requested region', type: 'R', parentId: null } });
    await service.publishAs('test', [request]);

    // 1. A consumer process runs the command, commits, and is SIGKILLed before acknowledging.
    const child = fork(join(__dirname, 'support/location-requests.process.ts'), [], {
      env: { ...process.env, ...service.env },
      execArgv: ['-r', '@swc-node/register'],
      silent: true,
    });
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
    expect({ code, signal, output }).toEqual({ code: null, signal: 'SIGKILL', output: '' });
    const rows = () => service.query<{ id: string }>("select id from location where code = 'R77'");
    expect(await rows()).toHaveLength(1); // the effect committed…
    expect(await consumerState()).toEqual({ pending: 0, unacknowledged: 1 }); // …the ack never left

    // 2. The consumer comes back (another process, a restart): JetStream redelivers after the ack wait.
    const orm = service.app.get(MikroORM);
    const committed: CommittedDelivery[] = [];
    const restarted = locationRequestsConsumer({ em: orm.em as EntityManager, nc: service.nats, prefix: service.prefix, onCommitted: (deliveries) => committed.push(...deliveries) });
    await restarted.start();
    try {
      await service.eventually(async () => committed.some((delivery) => delivery.event.id === request.id) && (await consumerState()).unacknowledged === 0);
    } finally {
      await restarted.stop();
    }

    const [location] = await rows();
    expect(await rows()).toHaveLength(1);
    const events = await service.query<{ type: string }>("select payload->>'type' as type from outbox where payload->>'subject' = $1", [location.id]);
    expect(events).toEqual([{ type: 'imis.location.location.created.v1' }]);
    const history = await service.query("select 1 from history where entity_id = $1", [location.id]);
    expect(history).toHaveLength(0); // created once, never changed
    const inbox = await service.query<{ event_id: string }>('select event_id from inbox where consumer = $1', [LOCATION_REQUESTS_CONSUMER]);
    expect(inbox).toEqual([{ event_id: request.id }]);
    expect(await consumerState()).toEqual({ pending: 0, unacknowledged: 0 });
  });
});
