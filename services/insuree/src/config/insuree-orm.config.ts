import type { Options } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { ClientMutation } from '@imis/application';
import { jobsEntities } from '@imis/jobs';
import { healthFacilityProjectionEntities, locationProjectionEntities } from '@imis/location-projection';
import { messagingEntities } from '@imis/messaging';
import { serviceOrmConfig } from '@imis/persistence';
import { insureeMigrations } from '../migrations/insuree.migrations';
import { CardSigningKey } from '../modules/card/infrastructure/card-signing-key.entity';
import { InsureeImportError } from '../modules/import/infrastructure/insuree-import-error.entity';
import { InsureeImport } from '../modules/import/infrastructure/insuree-import.entity';
import { InsureePhoto } from '../modules/photo/infrastructure/insuree-photo.entity';
import { Family } from '../modules/registry/infrastructure/family.entity';
import { Insuree } from '../modules/registry/infrastructure/insuree.entity';
import type { InsureeEnv } from './insuree.config';

export const INSUREE_SERVICE = 'insuree';

/** Every table of the service's database (the history table is added by serviceOrmConfig). */
export const insureeEntities = [
  Family,
  Insuree,
  InsureePhoto,
  InsureeImport,
  InsureeImportError,
  CardSigningKey,
  ClientMutation,
  ...locationProjectionEntities,
  ...healthFacilityProjectionEntities,
  ...messagingEntities,
  ...jobsEntities,
];

export function insureeOrmConfig(env: Pick<InsureeEnv, 'DATABASE_URL' | 'DATABASE_NAME' | 'DATABASE_POOL_MAX'>): Options<PostgreSqlDriver> {
  return serviceOrmConfig({
    service: INSUREE_SERVICE,
    serverUrl: env.DATABASE_URL,
    database: env.DATABASE_NAME,
    entities: insureeEntities,
    migrations: insureeMigrations,
    poolMax: env.DATABASE_POOL_MAX,
  });
}
