// The officer module's public face.
export { OfficerModule } from './officer.module';
export { OfficerProjectionModule } from './officer-projection.module';
export { OfficerQueries } from './application/officer.queries';
export type { OfficerRow } from './application/officer.queries';
export { PaymentOfficer } from './infrastructure/officer.entity';
