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
export { healthFacilityProjectionPersistence, locationProjectionPersistence } from './location-projection.persistence';

/** The location projection's entities (a service lists `locationProjectionPersistence` in its `uses` instead). */
export const locationProjectionEntities = [ProjectedLocation];

/** The health-facility projection's entities (a service lists `healthFacilityProjectionPersistence` in its `uses` instead). */
export const healthFacilityProjectionEntities = [ProjectedHealthFacility];
export { ProjectedLocationTree } from './projected-location-tree';
export { ProjectedHealthFacility } from './projected-health-facility.entity';
export { applyHealthFacilityDeleted, applyHealthFacilityState } from './health-facility-projection.handlers';
export { HealthFacilityProjectionModule } from './health-facility-projection.module';
