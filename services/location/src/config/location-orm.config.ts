import type { Options } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { ClientMutation } from '@imis/application';
import { messagingEntities } from '@imis/messaging';
import { serviceOrmConfig } from '@imis/persistence';
import { locationMigrations } from '../migrations/location.migrations';
import { HealthFacility } from '../modules/health-facility';
import { Location } from '../modules/location';
import type { LocationEnv } from './location.config';

export const LOCATION_SERVICE = 'location';

/** Every table of the service's database (the history table is added by serviceOrmConfig). */
export const locationEntities = [Location, HealthFacility, ClientMutation, ...messagingEntities];

export function locationOrmConfig(
  env: Pick<LocationEnv, 'DATABASE_URL' | 'DATABASE_NAME' | 'DATABASE_POOL_MAX'>,
): Options<PostgreSqlDriver> {
  return serviceOrmConfig({
    service: LOCATION_SERVICE,
    serverUrl: env.DATABASE_URL,
    database: env.DATABASE_NAME,
    entities: locationEntities,
    migrations: locationMigrations,
    poolMax: env.DATABASE_POOL_MAX,
  });
}
