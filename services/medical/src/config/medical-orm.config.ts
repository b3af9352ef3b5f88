import type { Options } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { clientMutationPersistence } from '@imis/application';
import { jobsPersistence } from '@imis/jobs';
import { healthFacilityProjectionPersistence, locationProjectionPersistence } from '@imis/location-projection';
import { messagingPersistence } from '@imis/messaging';
import { type ServiceDatabaseEnv, type ServicePersistence, serviceOrmConfigFrom } from '@imis/persistence';
import { medicalMigrations } from '../migrations/medical.migrations';
import { MedicalItem, MedicalService } from '../modules/catalogue';
import { Diagnosis, DiagnosisUpload, DiagnosisUploadError } from '../modules/diagnosis';
import { FacilityPriceLists, PriceList, PriceListDetail } from '../modules/price-list';

export const MEDICAL_SERVICE = 'medical';

/**
 * The service's own tables and migrations, and the libraries' tables its database holds (history is always
 * there): the outbox and inbox, stored clientMutationId results, the location and health-facility
 * projections and the job table.
 */
export const medicalPersistence: ServicePersistence = {
  entities: [MedicalItem, MedicalService, Diagnosis, DiagnosisUpload, DiagnosisUploadError, PriceList, PriceListDetail, FacilityPriceLists],
  migrations: medicalMigrations,
  uses: [messagingPersistence, clientMutationPersistence, locationProjectionPersistence, healthFacilityProjectionPersistence, jobsPersistence],
};

export function medicalOrmConfig(env: ServiceDatabaseEnv): Options<PostgreSqlDriver> {
  return serviceOrmConfigFrom(MEDICAL_SERVICE, medicalPersistence, env);
}
