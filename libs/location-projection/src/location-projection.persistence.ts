import type { PersistenceContribution } from '@imis/persistence';
import { HealthFacilityProjectionMigration } from './health-facility-projection.migration';
import { LocationProjectionMigration } from './location-projection.migration';
import { ProjectedHealthFacility } from './projected-health-facility.entity';
import { ProjectedLocation } from './projected-location.entity';

/** The location tree's copy, in the database of every service keeping the location projection. */
export const locationProjectionPersistence: PersistenceContribution = {
  owner: 'location-projection',
  entities: [ProjectedLocation],
  migrations: [{ name: 'location_projection_0001_projected_location', class: LocationProjectionMigration }],
};

/** The health facilities' copy, in the database of every service keeping the health-facility projection. */
export const healthFacilityProjectionPersistence: PersistenceContribution = {
  owner: 'health-facility-projection',
  entities: [ProjectedHealthFacility],
  migrations: [{ name: 'health_facility_projection_0001_projected_health_facility', class: HealthFacilityProjectionMigration }],
};
