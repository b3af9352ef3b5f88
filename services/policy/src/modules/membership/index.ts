// The membership module's public face: a family's current policies follow its members.
export { MembershipModule } from './membership.module';
export { FamilyMembership, MEMBERSHIP_ACTOR } from './application/family-membership';
export { fitsMemberCap, joiningEffectiveDate, joinsPolicy, MEMBERSHIP_STATUSES } from './domain/membership-rules';
