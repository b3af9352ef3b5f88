import type { Options } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { clientMutationPersistence } from '@imis/application';
import { healthFacilityProjectionPersistence, locationProjectionPersistence } from '@imis/location-projection';
import { messagingPersistence } from '@imis/messaging';
import { type ServiceDatabaseEnv, type ServicePersistence, serviceOrmConfigFrom } from '@imis/persistence';
import { identityMigrations } from '../migrations/identity.migrations';
import { authenticationEntities } from '../modules/authentication';
import { userEntities } from '../modules/user';

export const IDENTITY_SERVICE = 'identity';

/** The service's own tables and migrations, and the libraries' tables its database holds (history is always there). */
export const identityPersistence: ServicePersistence = {
  entities: [...userEntities, ...authenticationEntities],
  migrations: identityMigrations,
  uses: [messagingPersistence, clientMutationPersistence, locationProjectionPersistence, healthFacilityProjectionPersistence],
};

export function identityOrmConfig(env: ServiceDatabaseEnv): Options<PostgreSqlDriver> {
  return serviceOrmConfigFrom(IDENTITY_SERVICE, identityPersistence, env);
}
