import { ProjectedHealthFacility } from './projected-health-facility.entity';
import { ProjectedLocation } from './projected-location.entity';

export { ProjectedLocation } from './projected-location.entity';
export { descendantsOf } from './descendants.query';
export {
  LOCATION_PROJECTION_FILTER,
  locationProjectionConsumer,
  locationProjectionConsumerName,
  registerLocationProjection,
} from './location-projection.consumer';
export { applyLocationDeleted, applyLocationMoved, applyLocationState } from './location-projection.handlers';
export { LocationProjectionModule } from './location-projection.module';

/** Entities a service keeping the location projection lists in its ORM config. */
export const locationProjectionEntities = [ProjectedLocation];

/** Entities a service keeping the health-facility projection lists in its ORM config. */
export const healthFacilityProjectionEntities = [ProjectedHealthFacility];
export { ProjectedLocationTree } from './projected-location-tree';
export { ProjectedHealthFacility } from './projected-health-facility.entity';
export { applyHealthFacilityDeleted, applyHealthFacilityState } from './health-facility-projection.handlers';
export { HealthFacilityProjectionModule } from './health-facility-projection.module';
