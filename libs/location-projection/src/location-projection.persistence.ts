import type { PersistenceContribution } from '@imis/persistence';
import { ProjectedHealthFacilityTableMigration } from './health-facility-projection-tables.migration';
import { ProjectedHealthFacility } from './projected-health-facility.entity';
import { ProjectedLocation } from './projected-location.entity';
import { ProjectedLocationTableMigration } from './location-projection-tables.migration';

/** The location tree's copy, in the database of every service keeping the location projection. */
export const locationProjectionPersistence: PersistenceContribution = {
  owner: 'location-projection',
  entities: [ProjectedLocation],
  migrations: [{ name: 'location_projection_0001_projected_location', class: ProjectedLocationTableMigration }],
};

/** The health facilities' copy, in the database of every service keeping the health-facility projection. */
export const healthFacilityProjectionPersistence: PersistenceContribution = {
  owner: 'health-facility-projection',
  entities: [ProjectedHealthFacility],
  migrations: [{ name: 'health_facility_projection_0001_projected_health_facility', class: ProjectedHealthFacilityTableMigration }],
};
