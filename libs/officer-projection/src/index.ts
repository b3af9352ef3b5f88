import type { MigrationObject } from '@mikro-orm/core';
import type { PersistenceContribution } from '@imis/persistence';
import { OfficerProjectionMigration } from './officer-projection.migration';
import { ProjectedOfficer } from './projected-officer.entity';

export { ProjectedOfficer } from './projected-officer.entity';
export { OfficerProjectionHandlers } from './officer-projection.handlers';
export { OfficerProjectionModule } from './officer-projection.module';
export { OfficerProjectionMigration } from './officer-projection.migration';
export { officersByCodes, officersByIds, officersWithSubstitutes } from './officer.queries';
export type { OfficerQueryOptions, ProjectedOfficerRow } from './officer.queries';

/** Entities of the officer projection (a service lists `officerProjectionPersistence` in its `uses` instead). */
export const officerProjectionEntities = [ProjectedOfficer];

/** The officer projection's migrations (idempotent). */
export const officerProjectionMigrations: MigrationObject[] = [{ name: 'officer_projection_0001_projected_officer', class: OfficerProjectionMigration }];

/** The enrolment officers' copy, for a service's persistence `uses`: its migrations run before the service's own. */
export const officerProjectionPersistence: PersistenceContribution = {
  owner: 'officer-projection',
  entities: officerProjectionEntities,
  migrations: officerProjectionMigrations,
};
