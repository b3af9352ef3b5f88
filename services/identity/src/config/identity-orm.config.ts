import type { Options } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { ClientMutation } from '@imis/graphql';
import { healthFacilityProjectionEntities, locationProjectionEntities } from '@imis/location-projection';
import { messagingEntities } from '@imis/messaging';
import { serviceOrmConfig } from '@imis/persistence';
import { identityMigrations } from '../migrations/identity.migrations';
import { authenticationEntities } from '../modules/authentication/authentication.entities';
import { userEntities } from '../modules/user/user.entities';
import type { IdentityEnv } from './identity.config';

export const IDENTITY_SERVICE = 'identity';

/** Every table of the service's database (the history table is added by serviceOrmConfig). */
export const identityEntities = [
  ...userEntities,
  ...authenticationEntities,
  ...locationProjectionEntities,
  ...healthFacilityProjectionEntities,
  ClientMutation,
  ...messagingEntities,
];

export function identityOrmConfig(
  env: Pick<IdentityEnv, 'DATABASE_URL' | 'DATABASE_NAME' | 'DATABASE_POOL_MAX'>,
): Options<PostgreSqlDriver> {
  return serviceOrmConfig({
    service: IDENTITY_SERVICE,
    serverUrl: env.DATABASE_URL,
    database: env.DATABASE_NAME,
    entities: identityEntities,
    migrations: identityMigrations,
    poolMax: env.DATABASE_POOL_MAX,
  });
}
