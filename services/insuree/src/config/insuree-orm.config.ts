import type { Options } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { clientMutationPersistence } from '@imis/application';
import { jobsPersistence } from '@imis/jobs';
import { healthFacilityProjectionPersistence, locationProjectionPersistence } from '@imis/location-projection';
import { messagingPersistence } from '@imis/messaging';
import { type ServiceDatabaseEnv, type ServicePersistence, serviceOrmConfigFrom } from '@imis/persistence';
import { insureeMigrations } from '../migrations/insuree.migrations';
import { CardSigningKey } from '../modules/card/infrastructure/card-signing-key.entity';
import { InsureeImportError } from '../modules/import/infrastructure/insuree-import-error.entity';
import { InsureeImport } from '../modules/import/infrastructure/insuree-import.entity';
import { InsureePhoto } from '../modules/photo/infrastructure/insuree-photo.entity';
import { Family } from '../modules/registry/infrastructure/family.entity';
import { Insuree } from '../modules/registry/infrastructure/insuree.entity';

export const INSUREE_SERVICE = 'insuree';

/** The service's own tables and migrations, and the libraries' tables its database holds (history is always there). */
export const insureePersistence: ServicePersistence = {
  entities: [Family, Insuree, InsureePhoto, InsureeImport, InsureeImportError, CardSigningKey],
  migrations: insureeMigrations,
  uses: [messagingPersistence, clientMutationPersistence, locationProjectionPersistence, healthFacilityProjectionPersistence, jobsPersistence],
};

export function insureeOrmConfig(env: ServiceDatabaseEnv): Options<PostgreSqlDriver> {
  return serviceOrmConfigFrom(INSUREE_SERVICE, insureePersistence, env);
}
