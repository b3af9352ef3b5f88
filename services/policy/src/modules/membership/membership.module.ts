import { Module } from '@nestjs/common';
import { FamilyMembership } from './application/family-membership';

/**
 * Members joining or leaving a family with current policies (issue 13 item 3): `FamilyMembership`, the
 * insuree projection's membership listener (`InsureeProjectionModule.withMembershipListener` in the app
 * module), runs in the projection's transaction.
 */
@Module({ providers: [FamilyMembership], exports: [FamilyMembership] })
export class MembershipModule {}
