import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Connection, graphqlEnumOf, LocalDateScalar, MutationInput, MutationPayload } from '@imis/graphql';
import { POLICY_JOB_KINDS, POLICY_JOB_RUN_STATUSES, POLICY_JOB_TRIGGERS } from '../domain/policy-job-run';
import { PHOTO_REASONS } from '../domain/renewal-photos';

export const PolicyJobKind = graphqlEnumOf('PolicyJobKind', POLICY_JOB_KINDS, {
  valueDescriptions: { EXPIRY: 'nightly expiry of policies past their expiry date', RENEWAL_REMINDER: 'renewal reminders of policies expiring soon' },
});
export const PolicyJobTrigger = graphqlEnumOf('PolicyJobTrigger', POLICY_JOB_TRIGGERS, {
  valueDescriptions: { SCHEDULE: 'its cron fired', MANUAL: 'an administrator asked for it' },
});
export const PolicyJobRunStatus = graphqlEnumOf('PolicyJobRunStatus', POLICY_JOB_RUN_STATUSES);
export const RenewalPhotoReason = graphqlEnumOf('RenewalPhotoReason', PHOTO_REASONS, {
  valueDescriptions: { NO_PHOTO: 'no photo on file', PHOTO_TOO_OLD: 'photo 60 months old or more (12 for a minor)' },
});

@ObjectType('PolicyJobRun', { description: 'One run of a policy job, with its counts' })
export class PolicyJobRunModel {
  @Field(() => ID) id!: string;
  @Field(() => PolicyJobKind) kind!: string;
  @Field(() => PolicyJobTrigger) trigger!: string;
  @Field(() => PolicyJobRunStatus) status!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: '"Today" of the run (POLICY_JOBS_TIME_ZONE); null until it started' }) runDate!: string | null;
  @Field({ description: 'The user who asked for it, or "system"' }) requestedBy!: string;
  @Field(() => ID, { nullable: true, description: 'Reminders asked for: families living in this location (region, district, ward or village)' }) locationId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Reminders asked for: policies of this enrolment officer' }) officerId!: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Reminders asked for: policies expiring on or after this date' }) dateFrom!: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Reminders asked for: policies expiring on or before this date (instead of the run date + the reminder interval)' })
  dateTo!: string | null;
  @Field(() => Int, { description: 'Reminders: policies selected' }) selected!: number;
  @Field(() => Int, { description: 'Reminders: selected policies skipped (reminder exists, already renewed)' }) skipped!: number;
  @Field(() => Int, { description: 'Reminders: reminders created' }) created!: number;
  @Field(() => Int, { description: 'Reminders: notices the Notifier accepted' }) notified!: number;
  @Field(() => Int, { description: 'Expiry: policies made Expired' }) expired!: number;
  @Field() queuedAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => String, { nullable: true }) failureMessage!: string | null;
}

@ObjectType('PolicyRenewalPhoto', { description: 'A member who needs a new photo for the renewal' })
export class PolicyRenewalPhotoModel {
  @Field(() => ID) insureeId!: string;
  @Field(() => RenewalPhotoReason) reason!: string;
  @Field(() => LocalDateScalar, { nullable: true }) photoDate!: string | null;
}

@ObjectType('PolicyRenewal', { description: 'A renewal reminder of a policy (at most one per policy)' })
export class PolicyRenewalModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) policyId!: string;
  @Field(() => ID) familyId!: string;
  @Field(() => ID, { nullable: true }) headInsureeId!: string | null;
  @Field(() => ID) productId!: string;
  @Field(() => ID, { description: 'End of the conversion chain of the product' }) newProductId!: string;
  @Field(() => ID, { nullable: true }) officerId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The officer along the substitution chain: the first who works on the renewal date, else the last reached' })
  newOfficerId!: string | null;
  @Field(() => LocalDateScalar) promptDate!: string;
  @Field(() => LocalDateScalar, { description: 'Expiry + 1 day' }) renewalDate!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => Int, { description: 'Bitmask: 1 product not valid on the renewal date, 2 no officer, 4 officer contract ends before the renewal date' }) warnings!: number;
  @Field(() => ID) runId!: string;
  @Field(() => [PolicyRenewalPhotoModel], { description: 'Members needing a new photo' }) photos!: PolicyRenewalPhotoModel[];
}

@ObjectType('PolicyJobRunConnection')
export class PolicyJobRunConnection extends Connection(PolicyJobRunModel, 'PolicyJobRun') {}

@ObjectType('PolicyRenewalConnection')
export class PolicyRenewalConnection extends Connection(PolicyRenewalModel, 'PolicyRenewal') {}

@InputType('PolicyRenewalFilterInput')
export class PolicyRenewalFilterInput {
  @Field(() => ID, { nullable: true }) policyId?: string | null;
  @Field(() => ID, { nullable: true }) familyId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The run that created them' }) runId?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) renewalDateFrom?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) renewalDateTo?: string | null;
}

@InputType('RunPolicyJobInput')
export class RunPolicyJobInput extends MutationInput {}

@InputType('RunRenewalRemindersInput', { description: 'Optional filters of a manual run of the renewal reminders, each within your data scope' })
export class RunRenewalRemindersInput extends MutationInput {
  @Field(() => ID, { nullable: true, description: 'Only families living in this region, district, ward or village (required when your data scope is restricted)' })
  locationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only policies of this enrolment officer' })
  officerId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Only policies expiring on or after this date' })
  dateFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Only policies expiring on or before this date; default: the run date + POLICY_RENEWAL_INTERVAL_DAYS' })
  dateTo?: string | null;
}

@ObjectType('PolicyJobRunPayload', { description: 'The queued run, or why it was refused' })
export class PolicyJobRunPayload extends MutationPayload(PolicyJobRunModel, 'policyJobRun', { description: 'The run, QUEUED; poll policyJobRuns for its counts' }) {}
