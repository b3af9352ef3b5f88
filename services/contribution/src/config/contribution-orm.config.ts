import type { Options } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { clientMutationPersistence } from '@imis/application';
import { locationProjectionPersistence } from '@imis/location-projection';
import { messagingPersistence } from '@imis/messaging';
import { type ServiceDatabaseEnv, type ServicePersistence, serviceOrmConfigFrom } from '@imis/persistence';
import { contributionMigrations } from '../migrations/contribution.migrations';
import { Note } from '../modules/note';

export const CONTRIBUTION_SERVICE = 'contribution';

/**
 * The service's own tables and migrations, and the libraries' tables its database holds (history is always
 * there): the outbox and inbox, stored clientMutationId results and the location projection.
 */
export const contributionPersistence: ServicePersistence = {
  entities: [Note],
  migrations: contributionMigrations,
  uses: [messagingPersistence, clientMutationPersistence, locationProjectionPersistence],
};

export function contributionOrmConfig(env: ServiceDatabaseEnv): Options<PostgreSqlDriver> {
  return serviceOrmConfigFrom(CONTRIBUTION_SERVICE, contributionPersistence, env);
}
