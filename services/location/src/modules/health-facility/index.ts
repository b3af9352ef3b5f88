// The health-facility module's public face: what other modules of the service may use.
export { HealthFacilityModule } from './health-facility.module';
export { CreateHealthFacility } from './application/create-health-facility.command';
export type { CreateHealthFacilityData } from './application/create-health-facility.command';
export { UpdateHealthFacility } from './application/update-health-facility.command';
export type { UpdateHealthFacilityData } from './application/update-health-facility.command';
export { DeleteHealthFacility } from './application/delete-health-facility.command';
export type { DeleteHealthFacilityData } from './application/delete-health-facility.command';
export { HealthFacilityQueries } from './application/health-facility.queries';
export type { HealthFacilityView } from './application/health-facility.view';
export { HealthFacility } from './infrastructure/health-facility.entity';
