import { Module } from '@nestjs/common';
import { FamilyMembership } from './application/family-membership';
import { PolicyMembershipHandlers } from './application/policy-membership.handlers';

/**
 * Members joining or leaving a family with current policies (issue 13 item 3): a durable consumer of the
 * insuree service's events. Imported beside MessagingModule (it needs NATS, which print-schema does not start).
 */
@Module({ providers: [FamilyMembership, PolicyMembershipHandlers] })
export class MembershipModule {}
