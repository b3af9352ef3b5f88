import type { Options } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { clientMutationPersistence } from '@imis/application';
import { messagingPersistence } from '@imis/messaging';
import { type ServiceDatabaseEnv, type ServicePersistence, serviceOrmConfigFrom } from '@imis/persistence';
import { locationMigrations } from '../migrations/location.migrations';
import { HealthFacility } from '../modules/health-facility';
import { Location } from '../modules/location';

export const LOCATION_SERVICE = 'location';

/** The service's own tables and migrations, and the libraries' tables its database holds (history is always there). */
export const locationPersistence: ServicePersistence = {
  entities: [Location, HealthFacility],
  migrations: locationMigrations,
  uses: [messagingPersistence, clientMutationPersistence],
};

export function locationOrmConfig(env: ServiceDatabaseEnv): Options<PostgreSqlDriver> {
  return serviceOrmConfigFrom(LOCATION_SERVICE, locationPersistence, env);
}
