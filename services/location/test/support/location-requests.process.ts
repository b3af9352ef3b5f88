// A location-requests consumer in a process of its own, started by test/command-in-consumer.int-spec.ts.
// It SIGKILLs itself the moment its first inbox transaction has committed: the effect is in the database,
// the event is not acknowledged (what a crash, an OOM kill or a pulled plug between the two leaves).
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { connect } from '@nats-io/transport-node';
import { loadConfig } from '@imis/config';
import { locationOrmConfig } from '../../src/config/location-orm.config';
import { locationEnvSchema } from '../../src/config/location.config';
import { locationRequestsConsumer } from './location-requests.consumer';

async function main(): Promise<void> {
  const env = loadConfig(locationEnvSchema);
  const orm = await MikroORM.init<PostgreSqlDriver>(locationOrmConfig(env));
  const nc = await connect({ servers: env.NATS_URL });
  const killAfterCommit = {
    afterTransactionCommit: () => {
      process.kill(process.pid, 'SIGKILL');
    },
  };
  const consumer = locationRequestsConsumer({
    em: orm.em as EntityManager,
    nc,
    prefix: env.EVENT_PREFIX,
    afterCommand: (context) => context.em.getEventManager().registerSubscriber(killAfterCommit),
  });
  await consumer.start();
  process.send?.('started');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
