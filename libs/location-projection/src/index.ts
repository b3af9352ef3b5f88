import type { MigrationObject } from '@mikro-orm/core';
import { HealthFacilityProjectionMigration } from './health-facility-projection.migration';
import { LocationProjectionMigration } from './location-projection.migration';
import { ProjectedHealthFacility } from './projected-health-facility.entity';
import { ProjectedLocation } from './projected-location.entity';

export { ProjectedLocation } from './projected-location.entity';
export { ProjectedHealthFacility } from './projected-health-facility.entity';
export { LocationProjectionHandlers } from './location-projection.handlers';
export { HealthFacilityProjectionHandlers } from './health-facility-projection.handlers';
export { LocationProjectionModule } from './location-projection.module';
export { HealthFacilityProjectionModule } from './health-facility-projection.module';
export { LocationProjectionMigration } from './location-projection.migration';
export { HealthFacilityProjectionMigration } from './health-facility-projection.migration';
export { ProjectedLocationTree } from './projected-location-tree';
export { ancestorsOf, descendantsOf, locationsByCodes, locationsByIds, locationSubtreeSql } from './location.queries';
export type { LocationQueryOptions, ProjectedLocationRow, SqlFragment } from './location.queries';
export { healthFacilitiesByCodes, healthFacilitiesByIds, healthFacilitiesInDistricts } from './health-facility.queries';
export type { HealthFacilityQueryOptions, ProjectedHealthFacilityRow } from './health-facility.queries';
export { nodePostgresReader, textArrayLiteral } from './projection-reader';
export type { ProjectionReader } from './projection-reader';

/** Entities a service keeping the location projection lists in its ORM config. */
export const locationProjectionEntities = [ProjectedLocation];

/** Entities a service keeping the health-facility projection lists in its ORM config. */
export const healthFacilityProjectionEntities = [ProjectedHealthFacility];

/** The location projection's migrations, for the service's migration list (after its own initial one). */
export const locationProjectionMigrations: MigrationObject[] = [
  { name: 'Migration20261202120000_location_projection', class: LocationProjectionMigration },
];

/** The health-facility projection's migrations, for the service's migration list. */
export const healthFacilityProjectionMigrations: MigrationObject[] = [
  { name: 'Migration20261202120001_health_facility_projection', class: HealthFacilityProjectionMigration },
];
