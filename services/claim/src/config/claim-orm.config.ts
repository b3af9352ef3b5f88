import type { Options } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { clientMutationPersistence } from '@imis/application';
import { locationProjectionPersistence } from '@imis/location-projection';
import { messagingPersistence } from '@imis/messaging';
import { type ServiceDatabaseEnv, type ServicePersistence, serviceOrmConfigFrom } from '@imis/persistence';
import { claimMigrations } from '../migrations/claim.migrations';
import { Note } from '../modules/note';

export const CLAIM_SERVICE = 'claim';

/**
 * The service's own tables and migrations, and the libraries' tables its database holds (history is always
 * there): the outbox and inbox, stored clientMutationId results and the location projection.
 */
export const claimPersistence: ServicePersistence = {
  entities: [Note],
  migrations: claimMigrations,
  uses: [messagingPersistence, clientMutationPersistence, locationProjectionPersistence],
};

export function claimOrmConfig(env: ServiceDatabaseEnv): Options<PostgreSqlDriver> {
  return serviceOrmConfigFrom(CLAIM_SERVICE, claimPersistence, env);
}
