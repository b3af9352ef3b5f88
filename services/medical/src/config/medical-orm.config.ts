import type { Options } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { clientMutationPersistence } from '@imis/application';
import { locationProjectionPersistence } from '@imis/location-projection';
import { messagingPersistence } from '@imis/messaging';
import { type ServiceDatabaseEnv, type ServicePersistence, serviceOrmConfigFrom } from '@imis/persistence';
import { medicalMigrations } from '../migrations/medical.migrations';
import { MedicalItem, MedicalService } from '../modules/catalogue';

export const MEDICAL_SERVICE = 'medical';

/**
 * The service's own tables and migrations, and the libraries' tables its database holds (history is always
 * there): the outbox and inbox, stored clientMutationId results and the location projection.
 */
export const medicalPersistence: ServicePersistence = {
  entities: [MedicalItem, MedicalService],
  migrations: medicalMigrations,
  uses: [messagingPersistence, clientMutationPersistence, locationProjectionPersistence],
};

export function medicalOrmConfig(env: ServiceDatabaseEnv): Options<PostgreSqlDriver> {
  return serviceOrmConfigFrom(MEDICAL_SERVICE, medicalPersistence, env);
}
