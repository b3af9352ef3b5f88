// The provider module’s public face: facilities and claim administrators as claims need them.
export { HealthFacility } from './infrastructure/health-facility.entity';
export { ClaimAdmin } from './infrastructure/claim-admin.entity';
export { ProviderEventsModule } from './provider-events.module';
export { claimAdminOfUser, claimAdminsByIds, facilitiesByIds } from './application/provider.queries';
