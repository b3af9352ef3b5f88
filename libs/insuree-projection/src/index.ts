import type { MigrationObject } from '@mikro-orm/core';
import type { PersistenceContribution } from '@imis/persistence';
import { InsureeProjectionMigration } from './insuree-projection.migration';
import { InsureeProjectionRelationshipPhotoMigration } from './insuree-projection-relationship-photo.migration';
import { ProjectedFamily } from './projected-family.entity';
import { ProjectedInsuree } from './projected-insuree.entity';

export { ProjectedInsuree } from './projected-insuree.entity';
export { ProjectedFamily } from './projected-family.entity';
export { InsureeProjectionHandlers } from './insuree-projection.handlers';
export { InsureeProjectionModule } from './insuree-projection.module';
export { InsureeProjectionMigration } from './insuree-projection.migration';
export { InsureeProjectionRelationshipPhotoMigration } from './insuree-projection-relationship-photo.migration';
export { familyMembers, insureesByIds, insureesByNumbers } from './insuree.queries';
export type { InsureeQueryOptions, ProjectedInsureeRow } from './insuree.queries';
export { familiesByIds } from './family.queries';
export { FAMILY_MEMBERSHIP_LISTENER, membershipChanges } from './family-membership';
export type { FamilyMembershipChange, FamilyMembershipListener, MembershipRow } from './family-membership';
export { lockFamilyMembership } from './family-membership.locks';
export type { ProjectedFamilyRow } from './family.queries';

/** Entities a service keeping the insuree projection lists in its ORM config. */
export const insureeProjectionEntities = [ProjectedInsuree, ProjectedFamily];

/** The insuree projection's migrations (idempotent). */
export const insureeProjectionMigrations: MigrationObject[] = [
  { name: 'insuree_projection_0001_projected_insuree_family', class: InsureeProjectionMigration },
  { name: 'insuree_projection_0002_relationship_photo_date', class: InsureeProjectionRelationshipPhotoMigration },
];

/** The insurees' and families' copy, for a service's persistence `uses`: its migrations run before the service's own. */
export const insureeProjectionPersistence: PersistenceContribution = {
  owner: 'insuree-projection',
  entities: insureeProjectionEntities,
  migrations: insureeProjectionMigrations,
};
