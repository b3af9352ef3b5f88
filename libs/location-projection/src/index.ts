import type { MigrationObject } from '@mikro-orm/core';
import { healthFacilityProjectionPersistence, locationProjectionPersistence } from './location-projection.persistence';
import { ProjectedHealthFacility } from './projected-health-facility.entity';
import { ProjectedLocation } from './projected-location.entity';

export { ProjectedLocation } from './projected-location.entity';
export { ProjectedHealthFacility } from './projected-health-facility.entity';
export { LocationProjectionHandlers } from './location-projection.handlers';
export { HealthFacilityProjectionHandlers } from './health-facility-projection.handlers';
export { LocationProjectionModule } from './location-projection.module';
export { healthFacilityProjectionPersistence, locationProjectionPersistence } from './location-projection.persistence';
export { HealthFacilityProjectionModule } from './health-facility-projection.module';
export { LocationProjectionMigration } from './location-projection.migration';
export { HealthFacilityProjectionMigration } from './health-facility-projection.migration';
export { ProjectedLocationTree } from './projected-location-tree';
export { ancestorsOf, descendantsOf, locationsByCodes, locationsByIds, locationSubtreeSql } from './location.queries';
export type { LocationQueryOptions, ProjectedLocationRow, SqlFragment } from './location.queries';
export { healthFacilitiesByCodes, healthFacilitiesByIds, healthFacilitiesInDistricts } from './health-facility.queries';
export type { HealthFacilityQueryOptions, ProjectedHealthFacilityRow } from './health-facility.queries';

/** The location projection's entities (a service lists `locationProjectionPersistence` in its `uses` instead). */
export const locationProjectionEntities = [ProjectedLocation];

/** The health-facility projection's entities (a service lists `healthFacilityProjectionPersistence` in its `uses` instead). */
export const healthFacilityProjectionEntities = [ProjectedHealthFacility];

/** The location projection's migrations (idempotent), as its persistence contribution runs them. */
export const locationProjectionMigrations: readonly MigrationObject[] = locationProjectionPersistence.migrations;

/** The health-facility projection's migrations (idempotent), as its persistence contribution runs them. */
export const healthFacilityProjectionMigrations: readonly MigrationObject[] = healthFacilityProjectionPersistence.migrations;
export { LocatedRecordAccess, mayChangeLocated } from './located-record-access';
export type { LocatedCommandMeta } from './located-record-access';
