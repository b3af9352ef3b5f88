import type { Options } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { clientMutationPersistence } from '@imis/application';
import { locationProjectionPersistence } from '@imis/location-projection';
import { messagingPersistence } from '@imis/messaging';
import { type ServiceDatabaseEnv, type ServicePersistence, serviceOrmConfigFrom } from '@imis/persistence';
import { paymentMigrations } from '../migrations/payment.migrations';
import { Note } from '../modules/note';

export const PAYMENT_SERVICE = 'payment';

/**
 * The service's own tables and migrations, and the libraries' tables its database holds (history is always
 * there): the outbox and inbox, stored clientMutationId results and the location projection.
 */
export const paymentPersistence: ServicePersistence = {
  entities: [Note],
  migrations: paymentMigrations,
  uses: [messagingPersistence, clientMutationPersistence, locationProjectionPersistence],
};

export function paymentOrmConfig(env: ServiceDatabaseEnv): Options<PostgreSqlDriver> {
  return serviceOrmConfigFrom(PAYMENT_SERVICE, paymentPersistence, env);
}
